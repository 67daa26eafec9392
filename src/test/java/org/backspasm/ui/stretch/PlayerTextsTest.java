package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.stretch.PlayerState;
import org.backspasm.core.stretch.RoutinePlan;
import org.backspasm.core.stretch.StretchFixtures;
import org.backspasm.core.stretch.StretchPlayer;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

/** The player's words worked out from its state, without a window. */
class PlayerTextsTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final RoutinePlan plan = StretchFixtures.plan(StretchFixtures.sided(), StretchFixtures.breathing());
    private final StretchPlayer player = new StretchPlayer(clock, plan.phases());

    private PlayerTexts texts() {
        return PlayerTexts.of(player.state(), plan, player.phases(), Locale.UK);
    }

    private static String words(String key) {
        return Messages.of("stretches", Locale.UK).text(key);
    }

    @Test
    void setUpThenHoldWithRepsAndSide() {
        player.start();
        PlayerTexts t = texts();
        assertEquals("Routine · stretch 1 of 2", t.where());
        assertEquals("sided name", t.name());
        assertEquals("to get into position", t.countText());
        assertEquals("", t.rep(), "no rep count while getting into position");
        assertEquals(words("player.pause"), t.pause());
        assertFalse(t.paused() || t.finished() || t.breaths());
        while (player.state().phase().kind() == org.backspasm.core.stretch.PlayerPhase.PhaseKind.SETUP) {
            clock.advance(Duration.ofSeconds(1));
        }
        t = texts();
        assertEquals("hold, and keep breathing", t.countText());
        assertEquals("Rep 1 of 2", t.rep());
        assertFalse(t.side().isEmpty(), "the side is named");
        assertEquals("Hold it.", t.step());
    }

    @Test
    void pausedSaysResume() {
        player.start();
        player.pause();
        assertTrue(texts().paused());
        assertEquals(words("player.resume"), texts().pause());
    }

    @Test
    void breathsAreCountedInTheCountText() {
        player.start();
        player.skipStretch();
        while (player.state().phase().breaths() == 0) {
            clock.advance(Duration.ofSeconds(1));
        }
        PlayerTexts t = texts();
        assertTrue(t.breaths());
        assertEquals("Routine · stretch 2 of 2", t.where());
        assertTrue(t.countText().matches("Breathe (in|out)…  breath 1 of 2"), t.countText());
    }

    @Test
    void theEndIsFinished() {
        player.start();
        clock.advance(Duration.ofHours(1));
        PlayerState s = player.state();
        assertEquals(PlayerState.Status.DONE, s.status());
        assertTrue(texts().finished());
    }

    @Test
    void inSpanishEveryWordIsSpanishWithItsNumbers() {
        Locale es = org.backspasm.core.i18n.Languages.SPANISH;
        player.start();
        while (player.state().phase().kind() == org.backspasm.core.stretch.PlayerPhase.PhaseKind.SETUP) {
            clock.advance(Duration.ofSeconds(1));
        }
        PlayerTexts t = PlayerTexts.of(player.state(), plan, player.phases(), es);
        assertEquals("Repetición 1 de 2", t.rep());
        assertEquals("Lado izquierdo", t.side());
        assertEquals("mantenga, y siga respirando", t.countText());
        assertEquals("Pausa", t.pause());
        assertEquals("Repetición 1 de 2, lado izquierdo, manteniendo",
                org.backspasm.core.stretch.PhaseText.where(player.state().phase(), es));
        player.skipStretch();
        while (player.state().phase().breaths() == 0) {
            clock.advance(Duration.ofSeconds(1));
        }
        t = PlayerTexts.of(player.state(), plan, player.phases(), es);
        assertTrue(t.countText().matches("(Tome aire|Suelte el aire)…  respiración 1 de 2"), t.countText());
        assertEquals("Routine · estiramiento 2 de 2", t.where(), "the routine's own name (a test's) and the rest");
        assertTrue(t.next().startsWith("A continuación: "), t.next());
    }
}
