package org.backspasm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import org.backspasm.core.state.Sections;
import org.backspasm.app.AppAssembly;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.settings.Settings;
import org.backspasm.store.JournalFixture;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.FiveYears;
import org.backspasm.testing.RecordingSoundPlayer;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.journal.JournalScreen;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.shell.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Five years of heavy use, 100,000 journal entries made through the core API: the app starts (stores, models,
 * every screen, first layout) within 1.5 times its start with an empty journal; the Journal list builds cells only
 * for the rows on screen; the pain chart is computed in 50 ms or less.
 */
class ScaleTest {
    static final int ENTRIES = 100_000;

    @TempDir
    Path empty;
    @TempDir
    Path full;
    final FakeClock clock = new FakeClock(FiveYears.END, ZoneId.of("Europe/London"));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void fiveYearsOfEntriesListLazilyAndChartFast() throws Exception {
        List<JournalEntry> entries = FiveYears.entries(ENTRIES);
        JournalFixture.write(full, entries);
        accept(full);
        Started s = start(full);
        int[] cells = fx(() -> {
            s.shell.show(ScreenId.JOURNAL);
            s.shell.applyCss();
            s.shell.layout();
            ListView<?> list = (ListView<?>) s.shell.lookup(".list-view");
            return new int[] {list.getItems().size(), s.shell.lookupAll(".list-cell").size()};
        });
        JournalScreen screen = (JournalScreen) s.shell.screen(ScreenId.JOURNAL);
        double[] chartMs = new double[7];
        int[] points = new int[1];
        for (int i = 0; i < chartMs.length; i++) {
            chartMs[i] = fx(() -> {
                long t0 = CpuTime.nanos();
                points[0] = screen.chartPoints().size();
                return (CpuTime.nanos() - t0) / 1e6;
            });
        }
        Report.line("scale.txt", String.format(Locale.ROOT, "entries %d (%.1f MB): journal list rows %d, cells built %d; "
                + "pain chart (%d points from %d ratings) computed in %.1f ms CPU (median of 7)", ENTRIES,
                Files.size(full.resolve("journal.jsonl")) / 1048576.0, cells[0], cells[1], points[0],
                entries.stream().filter(PainRating.class::isInstance).count(), median(chartMs)));
        assertEquals(ENTRIES, cells[0], "every entry is listed");
        assertTrue(cells[1] > 0 && cells[1] < 100, "only the rows on screen get a cell: " + cells[1]);
        assertTrue(points[0] > 0, "the chart has points to draw");
        assertTrue(median(chartMs) <= 50, "pain chart " + median(chartMs) + " ms");
    }

    /**
     * Start-up as the user waits for it, each start a process of its own (see {@link ScaleStartupProbe}): JVM, JavaFX,
     * the data read, every screen built, the window shown, timed from the process's launch as the bench times it
     * (median of 5, empty and full alternating). The process's CPU time until then is reported beside it: it also
     * counts the compiler threads that run beside the start on another core, so it is the harsher figure.
     * Starting a dozen processes takes a while, so it runs in {@code mvn -Preliability verify} (or with
     * {@code -Dreliability.startup=true}). The assembly alone (stores, models, screens, first layout, in a warm
     * JVM) is reported too.
     */
    @Test
    void fiveYearsOfEntriesStartWithinOneAndAHalfTimesAnEmptyJournal() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("reliability.startup"), "runs with -Preliability");
        JournalFixture.write(full, FiveYears.entries(ENTRIES));
        accept(empty);
        accept(full);
        probe(empty);
        probe(full); // the files in the OS cache, as on any start after the first
        double[][] emptyMs = new double[2][5];
        double[][] fullMs = new double[2][5];
        for (int i = 0; i < 5; i++) {
            long[] e = probe(empty);
            long[] f = probe(full);
            emptyMs[0][i] = e[0];
            emptyMs[1][i] = e[1];
            fullMs[0][i] = f[0];
            fullMs[1][i] = f[1];
        }
        double ratio = median(fullMs[1]) / median(emptyMs[1]);
        start(empty);
        start(full);
        double assemblyEmpty = start(empty).cpuMs;
        double assemblyFull = start(full).cpuMs;
        Report.line("scale.txt", String.format(Locale.ROOT, "start-up, a process each, until the window is shown and "
                + "laid out (median of 5): empty journal %.0f ms CPU (%.0f ms wall), 100,000 entries %.0f ms CPU (%.0f ms "
                + "wall), ratio %.2f wall (%.2f CPU); the assembly alone in a warm JVM: %.0f ms CPU against %.0f ms",
                median(emptyMs[0]), median(emptyMs[1]), median(fullMs[0]), median(fullMs[1]), ratio,
                median(fullMs[0]) / median(emptyMs[0]), assemblyFull, assemblyEmpty));
        assertTrue(ratio <= 1.5, "start-up " + Arrays.toString(fullMs[1]) + " ms against " + Arrays.toString(emptyMs[1]));
    }

    /** Starts the app in a process of its own on the folder; its CPU and wall time until the window is shown. */
    private static long[] probe(Path dir) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cp = new ArrayList<>();
        for (String c : List.of(ScaleStartupProbe.class.getName(), "org.backspasm.app.AppAssembly",
                "javafx.beans.Observable", "javafx.scene.Node", "javafx.scene.control.Button", "javafx.scene.media.Media",
                "org.controlsfx.control.Notifications", "com.google.gson.Gson",
                "com.sun.glass.ui.monocle.MonoclePlatformFactory")) {
            cp.add(Path.of(Class.forName(c).getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        Process p = new ProcessBuilder(javaBin, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Duser.home=" + dir, "-cp",
                String.join(java.io.File.pathSeparator, cp), ScaleStartupProbe.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String shown = null;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("SHOWN ")) {
                    shown = line;
                }
            }
        }
        assertEquals(0, p.waitFor(), "the probe started the app");
        String[] parts = shown.split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    record Started(Shell shell, double ms, double cpuMs) {
    }

    /** Builds the whole app on the data folder and lays out its first screen; how long that took. */
    private Started start(Path dir) throws Exception {
        return fx(() -> {
            long t0 = System.nanoTime();
            long c0 = CpuTime.nanos();
            AppAssembly.Built built = AppAssembly.build(dir, clock, Runnable::run, new RecordingSoundPlayer(), Locale.UK,
                    () -> null, new org.backspasm.testing.ManualAlarmScheduler(clock));
            new Scene(built.shell(), 1100, 740);
            built.shell().applyCss();
            built.shell().layout();
            return new Started(built.shell(), (System.nanoTime() - t0) / 1e6,
                    (CpuTime.nanos() - c0) / 1e6);
        });
    }

    private void accept(Path dir) {
        StateStore s = StateStore.open(dir, Runnable::run, new StoreNotices(), clock);
        s.put(Sections.SETTINGS, Settings.defaults(Locale.UK).withDisclaimerAcceptedAt(FiveYears.END));
    }

    private static double median(double[] values) {
        List<Double> sorted = new ArrayList<>();
        for (double v : values) {
            sorted.add(v);
        }
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }
}
