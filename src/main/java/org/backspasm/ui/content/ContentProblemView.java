package org.backspasm.ui.content;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.backspasm.core.content.ContentException;

/**
 * What every feature shows when a content file it needs cannot be used: a plain message for people, and the
 * technical detail (the file, the place in it and the reason) behind a "Details" expander, closed at first, for
 * whoever fixes it.
 */
public final class ContentProblemView extends VBox {
    private final TitledPane details;

    /**
     * @param plain   what this means for the user, in plain words (what is unavailable and what to do instead)
     * @param problem the file, JSON path and reason
     */
    public ContentProblemView(String plain, ContentException problem) {
        getStyleClass().addAll("card", "content-problem");
        setId("content-problem");
        Label message = new Label(plain);
        message.setWrapText(true);
        message.getStyleClass().add("lead");
        message.setId("content-problem-message");
        Label report = new Label("This is a fault in the app, not in your data: your journal and settings are safe. "
                + "If you report it, please copy the details below.");
        report.setWrapText(true);
        report.getStyleClass().add("muted");
        TextArea text = new TextArea(detail(problem));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setId("content-problem-detail");
        details = new TitledPane("Details", text);
        details.setExpanded(false);
        details.setAnimated(false);
        details.setId("content-problem-details");
        getChildren().addAll(message, report, details);
    }

    /** "File: ..., Where: ..., Problem: ..." on three lines. */
    static String detail(ContentException problem) {
        return "File: " + problem.file() + "\nWhere: " + problem.path() + "\nProblem: " + problem.reason();
    }

    public TitledPane details() {
        return details;
    }
}
