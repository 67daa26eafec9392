package org.backspasm.ui.therapy;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.therapy.TherapyQuestion.Kind;

/** The card for a pending question of Ice &amp; Heat: its words from the question, its answers to the questions' model. */
final class QuestionCards {
    private QuestionCards() {
    }

    static ConfirmCard of(TherapyQuestion q, TherapyQuestions answers, SourceLines sources,
            org.backspasm.ui.text.Texts t) {
        Runnable yes = () -> answers.answer(true);
        Runnable no = () -> answers.answer(false);
        if (q.kind() == Kind.DROWSY) {
            return DrowsinessCheck.question(q, sources, yes, no, answers::dismiss, t);
        }
        ConfirmCard card = new ConfirmCard(q.id(), q.title(t), q.text(t), q.yes(t), q.no(t), yes, no)
                .onEscape(answers::dismiss);
        if (!q.points(t).isEmpty()) {
            VBox list = new VBox(4);
            for (String point : q.points(t)) {
                Label l = new Label(t.get("question.point", point));
                l.setWrapText(true);
                list.getChildren().add(l);
            }
            card.with(list);
        }
        if (!q.sources().isEmpty()) {
            card.with(sources.line(q.sources()));
        }
        if (q.single()) {
            card.single();
        }
        if (q.confirmOnEnter()) {
            card.confirmOnEnter();
        }
        return card;
    }
}
