package org.backspasm.ui.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.CheckLevel;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.core.warningsigns.Answer;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.warningsigns.Level;
import org.backspasm.core.warningsigns.SignCatalog;
import org.backspasm.core.warningsigns.WarningSign;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The screen's model without a window: paging, the jump to the emergency result, recording. */
class WarningSignsModelTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T09:30:00Z");
    private final List<WarningSignCheckRecord> recorded = new ArrayList<>();
    private WarningSignsModel model;

    @BeforeEach
    void setUp() throws ContentException {
        model = new WarningSignsModel(SignCatalog.loadDefault(), clock, r -> {
            recorded.add(r);
            model.journalAppended(r);
        }, List::of, (file, text) -> java.nio.file.Files.writeString(file, text));
        model.setEmergencyNumber("999");
    }

    private void answerPage(Answer a) {
        for (WarningSign s : model.page().questions()) {
            if (model.isAsked(s) && model.assessment().answer(s.id()).isEmpty()) {
                model.answer(s.id(), a);
            }
        }
    }

    @Test
    void nextWaitsForEveryQuestionOnThePage() {
        assertFalse(model.pageCompleteProperty().get());
        model.next();
        assertEquals(0, model.pageIndexProperty().get());
        answerPage(Answer.NO);
        assertTrue(model.pageCompleteProperty().get());
        model.next();
        assertEquals(1, model.pageIndexProperty().get());
        model.answer("fall-or-heavy-lift", Answer.YES);
        answerPage(Answer.NO);
        assertTrue(model.assessment().answer("age-70-or-over").isPresent(), "the follow-up had to be answered too");
        model.back();
        assertEquals(0, model.pageIndexProperty().get());
    }

    @Test
    void aYesThatMakesItAnEmergencyShowsTheResultAtOnceAndRecordsIt() {
        model.answer("new-bowel-control", Answer.NOT_SURE);
        assertEquals(WarningSignsModel.CheckStage.QUESTIONS, model.stageProperty().get(), "not sure is not a jump");
        model.answer("chest-pain", Answer.YES);
        assertEquals(WarningSignsModel.CheckStage.RESULT, model.stageProperty().get());
        assertEquals(1, recorded.size());
        assertEquals(CheckLevel.EMERGENCY, recorded.get(0).level());
        model.openEmergencyPage();
        assertEquals(WarningSignsModel.CheckStage.RESULT, model.stageProperty().get(), "Emergency? keeps the result");
        model.back();
        model.answer("chest-pain", Answer.NO);
        model.openEmergencyPage();
        assertEquals(WarningSignsModel.CheckStage.QUESTIONS, model.stageProperty().get());
        assertEquals(Level.URGENT, model.level());
    }

    @Test
    void goingBackAndForthWithoutChangesRecordsOnce() {
        while (model.stageProperty().get() == WarningSignsModel.CheckStage.QUESTIONS) {
            answerPage(Answer.NO);
            model.next();
        }
        assertEquals(Level.NONE, model.level());
        model.back();
        model.next();
        assertEquals(1, recorded.size());
        assertEquals(1, model.history().size());
        clock.advanceMinutes(2);
        model.startNew();
        assertEquals(0, model.pageIndexProperty().get());
        assertTrue(model.assessment().allAnswers().isEmpty());
        model.answer("saddle-numbness", Answer.YES);
        assertEquals(2, recorded.size());
        assertEquals(CheckLevel.EMERGENCY, model.latestRecord().orElseThrow().level(), "newest first");
    }

    @Test
    void pregnancySaidInTheStretchQuestionsAnswersTheCheckYesSoItsSignsAreAsked() {
        boolean[] pregnant = {true};
        model.setSaidPregnantElsewhere(() -> pregnant[0]);
        WarningSign question = model.catalog().sign("pregnant");
        assertEquals(Answer.YES, model.assessment().answer("pregnant").orElseThrow());
        assertTrue(model.noteFor(question).orElseThrow().contains("stretch safety questions"));
        assertTrue(model.page().questions().contains(question), "asked on the first page, with its signs");
        WarningSign bleeding = model.catalog().sign("pregnancy-heavy-bleeding");
        assertTrue(model.isAsked(bleeding), "the pregnancy signs are asked");
        model.answer("pregnancy-heavy-bleeding", Answer.YES);
        assertEquals(Level.EMERGENCY, model.level());
        assertEquals(WarningSignsModel.CheckStage.RESULT, model.stageProperty().get());
        model.startNew();
        model.answer("pregnant", Answer.NO);
        assertTrue(model.noteFor(question).isEmpty(), "the user changed it: no note");
        assertFalse(model.isAsked(bleeding));
        pregnant[0] = false;
        model.startNew();
        assertTrue(model.assessment().answer("pregnant").isEmpty(), "not said: not answered for the user");
    }
}
