package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.StretchSession;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.testing.FakeClock;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.Ticker;
import org.backspasm.ui.alert.Cue;
import org.backspasm.ui.stretch.StretchModel.Page;
import org.junit.jupiter.api.Test;

/**
 * The questions before a routine as plain state: the caution question the first time, then the injury gate while a
 * recent injury is ticked without a clinician's go-ahead; the page is the pending question. The routine list follows
 * the session through its one change callback. No window, no robot.
 */
class StretchModelTest {
    private static final StretchLibrary LIBRARY = StretchLibrary.load();
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final List<ScreenId> shown = new ArrayList<>();
    private StretchState saved = StretchState.EMPTY;
    private final StretchSession session = new StretchSession(clock, LIBRARY.content(), StretchState.EMPTY,
            s -> saved = s, journal::add);
    private final StretchModel model;

    StretchModelTest() {
        Ticker ticker = new Ticker(clock);
        ticker.setSuspended(true);
        model = new StretchModel(LIBRARY, session, ticker, cues::add, new Navigator() {
            @Override
            public void show(ScreenId id) {
                shown.add(id);
            }

            @Override
            public void showEmergency() {
            }

            @Override
            public String shortcutText(ScreenId id) {
                return "";
            }
        }, message -> { }, new org.backspasm.ui.text.Lang(java.util.Locale.UK));
    }

    @Test
    void theCautionQuestionComesFirstOnceThenTheRoutinePlays() {
        assertTrue(LIBRARY.ok());
        model.start();
        assertEquals(Page.CAUTIONS, model.pageProperty().get(), "never answered: asked first");
        model.cautionsAnswered(Set.of());
        assertEquals(Page.CHOOSE, model.pageProperty().get(), "back to the list, which shows what changed");
        assertTrue(saved.cautions().asked(), "kept");
        model.start();
        assertEquals(Page.PLAYING, model.pageProperty().get());
        assertNotNull(model.playerTextsProperty().get(), "the player's words are ready for the view");
        assertEquals(List.of(Cue.STEP), cues);
    }

    @Test
    void aRecentInjuryGatesTheRoutineUntilAClinicianSaidItIsAllRight() {
        model.start();
        model.cautionsAnswered(Set.of(Caution.RECENT_INJURY_OR_SURGERY));
        assertFalse(model.routines().askFirst().isEmpty(), "the list says to ask a professional first");
        model.start();
        assertEquals(Page.INJURY, model.pageProperty().get());
        model.injuryNotYet();
        assertEquals(Page.CHOOSE, model.pageProperty().get());
        model.start();
        model.injuryCheckSigns();
        assertEquals(List.of(ScreenId.WARNING_SIGNS), shown, "the warning-sign check opens");
        model.start();
        model.confirmClinicianOkAndStart();
        assertEquals(Page.PLAYING, model.pageProperty().get());
        assertTrue(saved.cautions().clinicianOk());
    }

    @Test
    void theRoutineListFollowsTheSessionWhoeverChangesIt() {
        model.start();
        model.cautionsAnswered(Set.of());
        List<org.backspasm.core.stretch.AskFirst> before = List.copyOf(model.routines().askFirst());
        session.saveCautions(Set.of(Caution.PREGNANCY)); // a change made elsewhere (Settings)
        assertTrue(model.routines().stateProperty().get().cautions().has(Caution.PREGNANCY),
                "the model shows it without being told to sync");
        assertTrue(model.routines().askFirst().size() >= before.size());
    }
}
