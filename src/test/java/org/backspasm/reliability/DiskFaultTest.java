package org.backspasm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.backspasm.core.state.Sections;
import org.backspasm.app.AppAssembly;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.Theme;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.FaultyDisk;
import org.backspasm.testing.FaultyDisk.Fault;
import org.backspasm.testing.RecordingSoundPlayer;
import org.backspasm.testing.ValidData;
import org.backspasm.ui.SettingsModel;
import org.backspasm.ui.shell.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The data folder turns read-only, then the disk fills up, while the app runs: it keeps every change in memory,
 * says once that changes are not being saved, leaves no half-written or temp file behind, tries again at each
 * change, and once the disk takes writes again saves everything it was holding and says so.
 */
class DiskFaultTest {
    @TempDir
    Path dir;
    final FakeClock clock = new FakeClock(ValidData.NOW, java.time.ZoneId.of("Europe/London"));
    final FaultyDisk disk = new FaultyDisk();
    Shell shell;
    AppAssembly.Built ctx;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void changesAreKeptInMemorySaidOnceNeverHalfWrittenAndSavedWhenTheDiskComesBack() throws Exception {
        ValidData.write(dir);
        fx(() -> {
            AppAssembly.Built built = AppAssembly.build(dir, clock, Runnable::run, new RecordingSoundPlayer(), Locale.UK,
                    () -> null, new org.backspasm.testing.ManualAlarmScheduler(clock),
                    org.backspasm.ui.source.LinkOpener.NONE, disk);
            shell = built.shell();
            ctx = built;
            return null;
        });
        assertEquals(List.of(), messages());
        Map<String, String> onDisk = Folder.digests(dir);
        int before = ctx.journal().entries().size();

        disk.set(Fault.READ_ONLY);
        change(Theme.DARK, 7);
        disk.set(Fault.FULL);
        change(Theme.HIGH_CONTRAST, 8);
        change(Theme.DARK, 9);

        assertTrue(disk.refused() >= 6, "every change tried to save: " + disk.refused());
        assertEquals(Theme.DARK, ctx.settings().get().theme(), "the app goes on with the changes in memory");
        assertEquals(before + 3, ctx.journal().entries().size());
        List<String> said = messages();
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("Your changes are not being saved"), said.get(0));
        assertEquals(onDisk, Folder.digests(dir), "no half-written entry, no temp file, nothing changed on disk");

        disk.set(Fault.NONE);
        change(Theme.LIGHT, 3);
        said = messages();
        assertEquals(2, said.size(), said.toString());
        assertEquals("Your changes are being saved again.", said.get(1));

        StoreNotices fresh = new StoreNotices();
        List<JournalEntry> reread = JournalStore.open(dir, Runnable::run, fresh, clock).entries();
        assertEquals(ctx.journal().entries(), reread, "every entry held in memory is on disk, in order, once");
        Settings saved = StateStore.open(dir, Runnable::run, fresh, clock).get(Sections.SETTINGS, null);
        assertEquals(Theme.LIGHT, saved.theme());
        assertEquals(List.of(), fresh.peekAll());
        try (var files = Files.list(dir)) {
            // the day's backup (backups/, taken at start) is a copy of the data, not a half-written file
            assertEquals(List.of("journal.jsonl", "state.json"), files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString()).sorted().toList());
        }
        Report.line("disk-faults.txt", "read-only folder then full disk: 3 changes (a setting and a journal entry "
                + "each) refused, " + disk.refused() + " writes refused, 1 message; half-written or temp files left 0; "
                + "after the disk came back: 1 message, 4 of 4 journal entries and the last setting on disk");
    }

    /** One settings change and one journal entry, as the user would make them. */
    private void change(Theme theme, int pain) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        fx(() -> {
            ctx.settings().setTheme(theme);
            ctx.journal().append(new PainRating(clock.instant(), pain, "", ""));
            return null;
        });
    }

    private List<String> messages() throws Exception {
        return fx(() -> shell.notices().getChildren().stream()
                .map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList());
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }
}
