package org.backspasm.ui.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.source.SourcesLine;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "What helps you" through the window: the bar at the bottom offers a rating when an ice session starts and again
 * when it ends; the two land in the journal as a pair and the Journal's card shows it. Without pairs the card says
 * how to get some. A walk started on Today is offered the same; Esc skips, and a skipped "before" asks no "after".
 */
class WhatHelpsUiTest extends AppUiTest {
    private final Messages m = Messages.of("whathelps", Locale.UK);

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    private boolean showing(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private List<PainRating> around() {
        return ctx.journal().entries().stream().filter(e -> e instanceof PainRating r && r.aroundActivity())
                .map(PainRating.class::cast).toList();
    }

    private void tap(String query) {
        fx(() -> ((javafx.scene.control.ButtonBase) lookup(query).query()).fire());
    }

    @Test
    void aRatingBeforeAndAfterAnIceSessionLandsAsAPairAndShowsInTheJournalCard() {
        assertFalse(showing("#rating-bar"), "nothing offered yet");
        fx(() -> shell.show(ScreenId.THERAPY));
        tap("#mode-ice");
        tap("#therapy-start");
        tap("#safety-ice-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing("#rating-bar"));
        assertEquals(m.text("bar.before.ice"), text("#rating-question"));
        tap("#rating-7");
        assertFalse(showing("#rating-bar"), "one tap and it goes");

        clock.advanceMinutes(12);
        push(KeyCode.ESCAPE); // the timer's own Esc: stop asks first
        tap("#confirm-stop-yes");
        assertTrue(showing("#rating-bar"));
        assertEquals(m.text("bar.after.ice"), text("#rating-question"));
        tap("#rating-4");
        assertFalse(showing("#rating-bar"));
        assertEquals(List.of(RatingMoment.BEFORE, RatingMoment.AFTER), around().stream().map(PainRating::moment).toList());
        assertEquals(List.of(7, 4), around().stream().map(PainRating::score).toList());
        assertTrue(around().stream().allMatch(r -> r.activity() == RatedActivity.ICE));

        fx(() -> shell.show(ScreenId.JOURNAL));
        assertFalse(showing("#what-helps-empty"));
        assertEquals(m.text("card.count", 1), text("#what-helps-ice-count"));
        assertEquals(m.text("card.median.lower", 3.0), text("#what-helps-ice-median"));
        assertEquals("Median change: 3 points lower", text("#what-helps-ice-median"));
        assertTrue(lookup("#what-helps-ice-plot").tryQuery().isPresent());
        assertFalse(lookup("#what-helps-heat").tryQuery().isPresent(), "no row for an activity without pairs");
    }

    @Test
    void withoutPairsTheCardSaysHowToGetSomeAndShowsItsCautionWithItsSource() {
        fx(() -> ctx.journal().append(PainRating.around(clock.instant(), 6, RatedActivity.HEAT, RatingMoment.BEFORE)));
        fx(() -> shell.show(ScreenId.JOURNAL));
        assertTrue(showing("#what-helps-empty"), "a before alone is no pair");
        assertEquals(m.text("card.empty"), text("#what-helps-empty"));
        assertFalse(showing("#what-helps-rows"));
        assertEquals(m.text("card.caution"), text("#what-helps-caution"));
        SourcesLine sources = lookup("#what-helps .sources-line").queryAs(SourcesLine.class);
        assertEquals(List.of("FARRAR2001"), sources.sources().stream().map(s -> s.id()).toList());
        assertFalse(sources.plainText().contains("FARRAR2001"), "shown by its readable title");

        fx(() -> ctx.journal().append(PainRating.around(clock.instant().plusSeconds(1500), 6, RatedActivity.HEAT,
                RatingMoment.AFTER)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing("#what-helps-empty"), "the card follows the journal");
        assertEquals(m.text("card.median.none"), text("#what-helps-heat-median"));
    }

    @Test
    void aWalkStartedOnTodayIsOfferedARatingEscSkipsItAndIAmBackRecordsTheMinutes() {
        tap("#plan-walk-start");
        assertEquals(m.text("bar.before.walk"), text("#rating-question"));
        push(KeyCode.ESCAPE);
        assertFalse(showing("#rating-bar"), "Esc skips");
        assertTrue(showing("#plan-walk-since"));
        clock.advanceMinutes(12);
        tap("#plan-walk-open"); // "I'm back"
        assertFalse(showing("#rating-bar"), "no after without a before");
        assertEquals(List.of(), around());

        tap("#plan-walk-start");
        tap("#rating-5");
        clock.advanceMinutes(9);
        tap("#plan-walk-open");
        assertEquals(m.text("bar.after.walk"), text("#rating-question"));
        tap("#rating-3");
        assertEquals(List.of(12, 9), ctx.journal().entries().stream().filter(WalkRecord.class::isInstance)
                .map(e -> ((WalkRecord) e).minutes()).toList());
        assertEquals(List.of(5, 3), around().stream().map(PainRating::score).toList());
    }
}
