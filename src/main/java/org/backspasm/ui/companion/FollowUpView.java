package org.backspasm.ui.companion;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.companion.FollowUpCard;
import org.backspasm.core.companion.FollowUpKind;
import org.backspasm.core.companion.FollowUpWording;
import org.backspasm.core.journal.Progress;
import org.backspasm.ui.layout.WrapRow;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.theme.ThemeManager;

/**
 * The follow-up card on Today (CLINICAL-FACTS 6): its title, why it is shown, what to do with its sources, the record
 * for the doctor one click away, and "Not now" for a week; or the question "Compared with the start, is your
 * back…?" with its four answers. Hidden while no card is due.
 */
public final class FollowUpView extends VBox {
    private final FollowUpModel model;
    private final SourceLines sources;
    private final Texts t;
    private final Runnable openCheck;
    private final Label title = new Label();
    private final Label why = new Label();
    private final Label advice = new Label();
    private final Label message = new Label();
    private final VBox sourcesBox = new VBox();
    private final WrapRow actions = new WrapRow(10, 8);

    /**
     * @param openCheck opens the warning-sign check: the card is Today's one message about the weeks, so the check
     *                  the other cards offered at that point is one click away here too
     */
    public FollowUpView(FollowUpModel model, SourceLines sources, Texts words, Runnable openCheck) {
        this.openCheck = openCheck;
        this.model = model;
        this.sources = sources;
        this.t = words;
        createView();
        model.cardProperty().addListener((o, a, c) -> show(c));
        visibleProperty().bind(model.cardProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        message.textProperty().bind(model.messageProperty());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
        show(model.cardProperty().get());
    }

    private void createView() {
        getStyleClass().addAll("card", "follow-up");
        getStylesheets().add(ThemeManager.stylesheet(FollowUpView.class, "companion.css"));
        setId("follow-up");
        setMaxWidth(820);
        setSpacing(8);
        title.getStyleClass().add("subtitle");
        title.setId("follow-up-title");
        why.getStyleClass().add("follow-up-why");
        why.setId("follow-up-why");
        advice.setId("follow-up-advice");
        message.setId("follow-up-message");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        for (Label l : List.of(title, why, advice, message)) {
            l.setWrapText(true);
            l.setMinHeight(USE_PREF_SIZE);
        }
        getChildren().addAll(title, why, advice, sourcesBox, actions, message);
    }

    private void show(FollowUpCard c) {
        if (c == null) {
            return;
        }
        getStyleClass().removeAll(FollowUpKind.ONE_WEEK.id(), FollowUpKind.SIX_WEEKS.id(),
                FollowUpKind.TWELVE_WEEKS.id(), FollowUpKind.ASK_PROGRESS.id());
        getStyleClass().add(c.kind().id());
        title.setText(c.title());
        why.setText(c.why());
        advice.setText(c.advice().text());
        sourcesBox.getChildren().setAll(sources.line(c.advice().sources()));
        List<Node> buttons = new ArrayList<>();
        if (c.kind() == FollowUpKind.ASK_PROGRESS) {
            for (Progress p : List.of(Progress.MUCH_BETTER, Progress.A_LITTLE_BETTER, Progress.ABOUT_THE_SAME,
                    Progress.WORSE)) {
                Button b = new Button(FollowUpWording.answer(p, t.locale()));
                b.setId("follow-up-answer-" + p.name().toLowerCase().replace('_', '-'));
                b.getStyleClass().add("answer");
                b.setOnAction(e -> model.answer(p));
                buttons.add(b);
            }
        } else {
            Button record = new Button(t.get("button.record"));
            record.getStyleClass().add("primary");
            record.setId("follow-up-record");
            record.setOnAction(e -> model.openDoctorRecord());
            buttons.add(record);
        }
        Button check = new Button(t.get("button.check"));
        check.setId("follow-up-check");
        check.setOnAction(e -> openCheck.run());
        buttons.add(check);
        Button later = new Button(t.get("button.notNow"));
        later.setId("follow-up-dismiss");
        later.setAccessibleText(t.get("button.notNow.accessible"));
        later.setOnAction(e -> model.dismiss());
        buttons.add(later);
        actions.setAll(buttons);
    }
}
