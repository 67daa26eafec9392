package org.backspasm.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The benchmark's baseline: a bare JavaFX window of the app's default size with one label, launched exactly like
 * the app (same module, same JVM options), so start-up, memory and idle CPU can be given as ratios.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1100, 740));
        stage.setTitle("Bare JavaFX window");
        stage.show();
        Platform.runLater(StartupMark::windowShown);
    }
}
