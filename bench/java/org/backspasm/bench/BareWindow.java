package org.backspasm.bench;

import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The benchmark's baseline: a bare JavaFX window of the app's default size with one label, launched from the same
 * runtime image as the packaged app. Prints {@code first-frame-at-us=N} the way the app does under
 * {@code -Dbackspasm.probe=print}, so start-up, memory and idle CPU can be given as ratios.
 * Not part of the shipped app: bench/run compiles it on its own.
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
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                // as the app's probe prints it: bench/run reads the wall clock of the first frame against its own
                // clock read just before it started the process
                Instant at = Instant.now();
                System.out.println("first-frame-at-us=" + (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000));
                System.out.flush();
            }
        }.start();
    }
}
