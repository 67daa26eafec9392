package org.backspasm.ui.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ManualAlarmScheduler;
import org.backspasm.ui.therapy.TherapyQuestion.Kind;
import org.junit.jupiter.api.Test;

/** The questions Ice &amp; Heat asks before it acts, as plain state: no window, no robot, a fake clock. */
class TherapyQuestionsTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T10:00:00Z");
    private final ManualAlarmScheduler alarms = new ManualAlarmScheduler(clock);
    private final List<JournalEntry> journal = new ArrayList<>();
    private final AtomicInteger offered = new AtomicInteger();
    private final TherapyModel model;
    private final TherapyQuestions questions;

    TherapyQuestionsTest() {
        model = HeadlessTherapy.model(clock, alarms, new TherapySession(clock, alarms::monotonicNanos,
                TherapyState.EMPTY, s -> { }, journal::add), journal);
        questions = new TherapyQuestions(model, offered::incrementAndGet);
    }

    private Kind pending() {
        return questions.pending() == null ? null : questions.pending().kind();
    }

    private static TherapyPlan plan(Mode mode) {
        return new TherapyPlan(mode, false, 20, 20, 2);
    }

    @Test
    void iceAsksItsSafetyQuestionOnceThenStarts() {
        questions.requestStart(plan(Mode.ICE));
        assertEquals(Kind.SAFETY, pending());
        assertEquals(Modality.ICE, questions.pending().modality());
        assertFalse(questions.pending().points(model.texts()).isEmpty(), "the cautions are listed");
        assertFalse(questions.pending().sources().isEmpty(), "with their sources");
        questions.answer(false);
        assertNull(pending());
        assertTrue(model.runningProperty().get());
        questions.requestStop();
        questions.answer(true);
        questions.requestStart(plan(Mode.ICE));
        assertNull(pending(), "asked once an episode: the second start goes straight on");
        assertTrue(model.runningProperty().get());
    }

    @Test
    void aCautionThatAppliesSwitchesTheModalityOffAndOffersThePlanAgain() {
        questions.requestStart(plan(Mode.HEAT));
        questions.answer(true);
        assertNull(pending());
        assertFalse(model.runningProperty().get(), "nothing starts");
        assertTrue(model.blocked(Modality.HEAT));
        assertEquals(1, offered.get(), "the plan on offer changes");
    }

    @Test
    void heatAsksSafetyThenDrowsinessEveryTimeAndAYesOffersIce() {
        questions.requestStart(plan(Mode.HEAT));
        assertEquals(Kind.SAFETY, pending());
        questions.answer(false);
        assertEquals(Kind.DROWSY, pending(), "then the drowsiness question");
        questions.answer(true);
        assertEquals(Kind.HEAT_OFF, pending());
        assertTrue(questions.pending().iceOffered());
        assertEquals("Use ice instead", questions.pending().yes(model.texts()));
        assertTrue(model.heatOffToday());
        questions.answer(true);
        assertEquals(Kind.SAFETY, pending(), "ice has its own safety question first");
        assertEquals(Modality.ICE, questions.pending().modality());
        questions.answer(false);
        assertNull(pending());
        assertEquals(Mode.ICE, model.statusProperty().get().mode());
    }

    @Test
    void withIceOffTooTheHeatOffCardOnlyInforms() {
        questions.requestStart(plan(Mode.ICE));
        questions.answer(true); // a caution applies to ice
        questions.requestStart(plan(Mode.HEAT));
        questions.answer(false);
        questions.answer(true); // drowsy
        assertEquals(Kind.HEAT_OFF, pending());
        assertTrue(questions.pending().single());
        assertEquals("", questions.pending().no(model.texts()));
        questions.answer(true);
        assertNull(pending());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void escapeGoesBackWithoutStarting() {
        questions.requestStart(plan(Mode.HEAT));
        questions.answer(false);
        assertEquals(Kind.DROWSY, pending());
        questions.dismiss();
        assertNull(pending());
        assertFalse(model.runningProperty().get());
        questions.requestStart(plan(Mode.HEAT));
        assertEquals(Kind.DROWSY, pending(), "asked again at the next start of heat");
    }

    @Test
    void stopAsksFirstAndKeepGoingKeepsTheTimer() {
        questions.requestStart(plan(Mode.ICE));
        questions.answer(false);
        questions.requestStop();
        assertEquals(Kind.STOP, pending());
        assertTrue(questions.pending().confirmOnEnter());
        questions.answer(false);
        assertTrue(model.runningProperty().get());
        questions.requestStop();
        questions.answer(true);
        assertFalse(model.runningProperty().get());
    }

    @Test
    void endingASkinBreakEarlyAsksFirst() {
        questions.requestStart(plan(Mode.ICE));
        questions.answer(false);
        alarms.pass(Duration.ofMinutes(20));
        questions.requestNext(); // the pack comes off: no question
        assertNull(pending());
        questions.requestNext();
        assertEquals(Kind.END_BREAK, pending());
        assertTrue(questions.pending().text(model.texts()).contains("20 minutes"));
        questions.answer(false);
        assertEquals(1, model.statusProperty().get().round(), "the break goes on");
        questions.requestNext();
        questions.answer(true);
        assertEquals(2, model.statusProperty().get().round());
    }

    @Test
    void untilStoppedAsksForASkinCheckAfterThreeRounds() {
        questions.requestStart(new TherapyPlan(Mode.ICE, false, 20, 20, TherapyPlan.UNTIL_STOPPED));
        questions.answer(false);
        for (int round = 1; round <= 3; round++) {
            alarms.pass(Duration.ofMinutes(20));
            questions.requestNext();
            alarms.pass(Duration.ofMinutes(20));
            if (round < 3) {
                questions.requestNext();
            }
        }
        questions.requestNext();
        assertEquals(Kind.SKIN_CHECK, pending());
        assertEquals("Skin check after 3 rounds", questions.pending().title(model.texts()));
        questions.answer(false);
        assertFalse(model.runningProperty().get(), "stopped after the skin check");
    }
}
