package org.backspasm.ui.content;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.content.ContentException;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.OwnLanguage;
import org.backspasm.ui.text.Texts;

/**
 * What every feature shows when a content file it needs cannot be used: a plain message for people, and the
 * technical detail (the file, the place in it and the reason) behind a "Details" expander, closed at first, for
 * whoever fixes it. The detail's reason is the validator's (English, as a developer reads it), so the detail box is
 * marked {@link OwnLanguage}; its labels and everything around it are in the user's language.
 */
public final class ContentProblemView extends VBox {
    private final TitledPane details;

    /**
     * @param plain   what this means for the user, in plain words (what is unavailable and what to do instead)
     * @param problem the file, JSON path and reason
     */
    public ContentProblemView(String plain, ContentException problem, Lang lang) {
        Texts t = lang.texts("common");
        getStyleClass().addAll("card", "content-problem");
        setId("content-problem");
        Label message = new Label(plain);
        message.setWrapText(true);
        message.getStyleClass().add("lead");
        message.setId("content-problem-message");
        Label report = new Label(t.get("problem.report"));
        report.setWrapText(true);
        report.getStyleClass().add("muted");
        TextArea text = OwnLanguage.mark(new TextArea(detail(problem, t)));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setId("content-problem-detail");
        details = new TitledPane(t.get("problem.details"), text);
        details.setExpanded(false);
        details.setAnimated(false);
        details.setId("content-problem-details");
        getChildren().addAll(message, report, details);
    }

    /** "File: ..., Where: ..., Problem: ..." on three lines. */
    static String detail(ContentException problem, Texts t) {
        return t.get("problem.detail", problem.file(), problem.path(), problem.reason());
    }

    public TitledPane details() {
        return details;
    }
}
