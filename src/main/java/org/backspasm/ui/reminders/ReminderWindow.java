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

    public ReminderWindow(ReminderModel model, SourceLines sources, Settings look, Consumer<String> openLink) {
        this.model = model;
        this.card = new ReminderCard(model, sources);
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
        ThemeManager.apply(card, look);
        s.sizeToScene();
        if (!s.isShowing()) {
            s.show();
            place(s);
        }
        s.toFront();
    }

    private Stage stage() {
        if (stage == null) {
            stage = new Stage(StageStyle.UTILITY);
            stage.setTitle(ReminderWords.WINDOW_TITLE);
            stage.setAlwaysOnTop(true);
            stage.setResizable(false);
            card.setPrefWidth(WIDTH);
            Scene scene = new Scene(card);
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    model.dismiss();
                }
            });
            card.addEventHandler(OpenLinkEvent.OPEN, e -> openLink.accept(e.url()));
            stage.setScene(scene);
            stage.setOnCloseRequest(e -> model.dismiss());
        }
        return stage;
    }

    /** Bottom right of the main screen's free area, a little in from its edges. */
    private static void place(Stage s) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        s.setX(area.getMaxX() - s.getWidth() - 16);
        s.setY(area.getMaxY() - s.getHeight() - 16);
    }

    /** The window, when one was made (for tests). */
    public Stage stageOrNull() {
        return stage;
    }
}
