package org.backspasm.ui.reminders;

import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.backspasm.core.companion.Reminder;
import org.backspasm.core.settings.Settings;
import org.backspasm.ui.source.OpenLinkEvent;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.theme.ThemeManager;

/**
 * The small window a reminder shows in, as break timers do: in the corner of the screen, on top, whether the main
 * window is minimised or not (it does not bring the main window back). It follows the model's current reminder:
 * shown when one is due, closed when answered. Closing it puts the reminder away.
 */
public final class ReminderWindow {
    private static final double WIDTH = 420;

    private final ReminderModel model;
    private final ReminderCard card;
    private final Consumer<String> openLink;
    private Stage stage;
    private Settings look;

    private final Texts words;

    public ReminderWindow(ReminderModel model, SourceLines sources, Settings look, Consumer<String> openLink,
            Texts words) {
        this.model = model;
        this.words = words;
        this.card = new ReminderCard(model, sources, words);
        this.look = look;
        this.openLink = openLink;
        model.currentProperty().addListener((o, a, r) -> follow(r));
        follow(model.currentProperty().get());
    }

    /** The theme and text size to use (follows Settings). */
    public void setLook(Settings s) {
        look = s;
        ThemeManager.apply(card, s);
    }

    private void follow(Reminder r) {
        if (r == null) {
            if (stage != null) {
                stage.hide();
            }
            return;
        }
        card.show(r);
        Stage s = stage();
        s.setTitle(words.get("window.title")); // in the language of the moment it shows
        ThemeManager.apply(card, look);
        // a scene as wide as the card and as tall as its wrapped text: a wrapping label asked for its height
        // without a width answers for one line, and the reminder would be cut off
        s.setScene(scene());
        s.sizeToScene();
        s.setMinWidth(WIDTH); // some window managers keep a new window's first, smaller width otherwise
        s.setWidth(WIDTH);
        if (!s.isShowing()) {
            s.show();
        }
        place(s);
        javafx.application.Platform.runLater(() -> place(s)); // again once the desktop has sized the window
        s.toFront();
    }

    private Stage stage() {
        if (stage == null) {
            stage = new Stage(StageStyle.DECORATED);
            stage.setAlwaysOnTop(true);
            card.setMinWidth(WIDTH);
            card.setPrefWidth(WIDTH);
            card.setMaxWidth(WIDTH);
            card.addEventHandler(OpenLinkEvent.OPEN, e -> openLink.accept(e.url()));
            stage.setOnCloseRequest(e -> model.dismiss());
        }
        return stage;
    }

    private Scene scene() {
        if (stage.getScene() != null) {
            stage.getScene().setRoot(new javafx.scene.Group()); // the card moves to the new scene
        }
        Scene scene = new Scene(card, WIDTH, -1); // the height the card needs at that width
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.dismiss();
            }
        });
        return scene;
    }

    /** Bottom right of the main screen's free area, a little in from its edges. */
    private static void place(Stage s) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        double w = Math.max(s.getWidth(), s.getScene().getWidth());
        double h = Math.max(s.getHeight(), s.getScene().getHeight());
        s.setX(Math.max(area.getMinX(), area.getMaxX() - w - 16));
        s.setY(Math.max(area.getMinY(), area.getMaxY() - h - 40));
    }

    /** The window, when one was made (for tests). */
    public Stage stageOrNull() {
        return stage;
    }
}
