package org.backspasm.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backspasm.app.AppAssembly;
import org.backspasm.testing.FiveYears;
import org.backspasm.ui.alert.SoundPlayer;

/**
 * One start of the app in a process of its own, headless: the JavaFX toolkit, the stores reading the data folder,
 * every screen, the window shown and laid out. Prints {@code SHOWN <process CPU ms> <wall ms since launch>} once
 * the first frame's layout is done, then exits. {@link ScaleTest} compares an empty journal with five years of one.
 */
public final class ScaleStartupProbe {
    private ScaleStartupProbe() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                Clock clock = Clock.fixed(FiveYears.END, ZoneId.of("Europe/London"));
                AppAssembly.Built built = AppAssembly.build(dir, clock, Runnable::run, SoundPlayer.SILENT, Locale.UK,
                        () -> stage, new org.backspasm.ui.alert.ExecutorAlarmScheduler(clock, Platform::runLater));
                stage.setScene(new Scene(built.shell(), 1100, 740));
                stage.show();
                Platform.runLater(() -> {
                    ProcessHandle.Info info = ProcessHandle.current().info();
                    long cpu = info.totalCpuDuration().orElse(Duration.ZERO).toMillis();
                    long wall = Duration.between(info.startInstant().orElse(Instant.now()), Instant.now()).toMillis();
                    System.out.println("SHOWN " + cpu + " " + wall);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                });
            } catch (Exception e) {
                e.printStackTrace();
                Runtime.getRuntime().halt(1);
            }
        });
    }
}
