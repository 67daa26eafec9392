package org.backspasm.ui.warningsigns;

import org.backspasm.ui.text.Texts;
import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.warningsigns.Answer;
import org.backspasm.core.warningsigns.Assessment;
import org.backspasm.core.warningsigns.Level;
import org.backspasm.core.warningsigns.ResultWording;
import org.backspasm.core.warningsigns.WarningSign;
import org.backspasm.ui.source.SourceLines;

/**
 * One question: its text, Yes / No / Not sure, "What this means" when there is help, and the sources. It shows the
 * answer held by the model and hands clicks to the model; it keeps no answer of its own.
 */
final class QuestionRow extends VBox {
    private static final PseudoClass ANSWERED = PseudoClass.getPseudoClass("answered");

    private final WarningSign sign;
    private final WarningSignsModel model;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Answer, ToggleButton> buttons = new EnumMap<>(Answer.class);
    private final Label notSureNote = new Label();
    private final Label episodeNote = new Label();
    private final Label saidNote = new Label();
    private final SourceLines sources;
    private boolean updating;

    private final Texts t;

    QuestionRow(WarningSign sign, WarningSignsModel model, SourceLines sources, Texts t) {
        this.t = t;
        this.sign = sign;
        this.model = model;
        this.sources = sources;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("question-row");
        if (sign.isFollowUp()) {
            getStyleClass().add("follow-up");
        }
        setId("q-" + sign.id());
        Label question = new Label(sign.question(t.locale()));
        question.setWrapText(true);
        question.getStyleClass().add("question");
        question.setMinHeight(USE_PREF_SIZE);

        FlowPane answers = new FlowPane();
        answers.getStyleClass().add("answers");
        answers.setAlignment(Pos.CENTER_LEFT);
        answers.setMaxWidth(Double.MAX_VALUE); // wrap at the row's width, not at FlowPane's default 400 px
        for (Answer a : Answer.values()) {
            ToggleButton b = new ToggleButton(a.label(t.locale()));
            b.setToggleGroup(group);
            b.setUserData(a);
            b.setId("ans-" + sign.id() + "-" + a.name().toLowerCase().replace('_', '-'));
            b.getStyleClass().addAll("answer", "answer-" + a.name().toLowerCase().replace('_', '-'));
            b.setAccessibleText(t.get("answer.accessible", a.label(t.locale()), sign.question(t.locale())));
            buttons.put(a, b);
            answers.getChildren().add(b);
        }
        episodeNote.setWrapText(true);
        episodeNote.getStyleClass().addAll("episode-note", "muted");
        episodeNote.setId("episode-age-" + sign.id());
        episodeNote.setVisible(false);
        episodeNote.setManaged(false);
        saidNote.setWrapText(true);
        saidNote.setMinHeight(USE_PREF_SIZE);
        saidNote.getStyleClass().addAll("muted", "said-elsewhere");
        saidNote.setId("said-" + sign.id());
        saidNote.managedProperty().bind(saidNote.textProperty().isNotEmpty());
        saidNote.visibleProperty().bind(saidNote.managedProperty());
        getChildren().addAll(question, episodeNote, saidNote);
        if (!sign.doesNotCount().isEmpty()) {
            Label notCounted = new Label(sign.doesNotCount(t.locale()));
            notCounted.setWrapText(true);
            notCounted.setMinHeight(USE_PREF_SIZE);
            notCounted.getStyleClass().addAll("muted", "does-not-count");
            notCounted.setId("not-counted-" + sign.id());
            getChildren().add(notCounted);
        }
        getChildren().add(answers);
        if (!sign.help().isEmpty()) {
            Label help = new Label(sign.help(t.locale()));
            help.setWrapText(true);
            help.getStyleClass().addAll("muted", "help-text");
            help.setMinHeight(USE_PREF_SIZE);
            help.setVisible(false);
            help.setManaged(false);
            Hyperlink more = new Hyperlink(t.get("help.show"));
            more.setId("help-" + sign.id());
            more.setOnAction(e -> {
                boolean show = !help.isVisible();
                help.setVisible(show);
                help.setManaged(show);
                more.setText(show ? t.get("help.hide") : t.get("help.show"));
            });
            answers.getChildren().add(more);
            getChildren().add(help);
        }
        notSureNote.setWrapText(true);
        notSureNote.getStyleClass().addAll("not-sure-note", "small");
        notSureNote.setVisible(false);
        notSureNote.setManaged(false);
        getChildren().addAll(notSureNote, sources.line(sign.sources()));
    }

    private void init() {
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                if (old != null) {
                    updating = true;
                    old.setSelected(true); // an answer is changed by picking another, not by clicking it again
                    updating = false;
                }
                return;
            }
            model.answer(sign.id(), (Answer) now.getUserData());
        });
    }

    WarningSign sign() {
        return sign;
    }

    ToggleButton firstAnswer() {
        return buttons.get(Answer.YES);
    }

    /** Shows the model's answer, whether the question is asked, and the "not sure" note for emergency signs. */
    void show(Assessment a, String emergencyNumber, String numberReminder, String episodeAge) {
        boolean age = sign.showsEpisodeAge() && !episodeAge.isEmpty();
        episodeNote.setText(episodeAge);
        episodeNote.setVisible(age);
        episodeNote.setManaged(age);
        saidNote.setText(model.noteFor(sign).orElse(""));
        boolean asked = a.isAsked(sign);
        setVisible(asked);
        setManaged(asked);
        Answer answer = a.answer(sign.id()).orElse(null);
        updating = true;
        group.selectToggle(answer == null ? null : buttons.get(answer));
        updating = false;
        pseudoClassStateChanged(ANSWERED, answer != null);
        boolean note = answer == Answer.NOT_SURE && sign.level() == Level.EMERGENCY;
        notSureNote.setText(ResultWording.notSureNote(emergencyNumber, numberReminder, t.locale()));
        notSureNote.setVisible(note);
        notSureNote.setManaged(note);
    }
}
