package org.backspasm.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.backspasm.core.journal.PainRating;
import org.backspasm.store.BackupManifest;
import org.backspasm.store.Backups;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.ValidData;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The journal's Export… and Import… and Settings → Your data, driven through the window: files are "chosen" by a
 * picker that hands back the test's paths, everything else is clicked.
 */
class DataPortScreenTest extends AppUiTest {
    private final Deque<Path> answers = new ArrayDeque<>();

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        ValidData.write(dir);
    }

    private void pickWith(Path... paths) {
        answers.addAll(List.of(paths));
        ctx.data().usePicker((owner, save, title, suggested, filters) -> Optional.ofNullable(answers.poll()));
    }

    /** Scrolls the settings page so the backups list and its buttons are in view (as a user would). */
    private void scrollToBackups() {
        scrollTo(this, "#backup-list");
    }

    static void scrollTo(AppUiTest test, String query) {
        test.interact(() -> {
            javafx.scene.Node list = test.lookup(query).query();
            javafx.scene.Node p = list.getParent();
            while (!(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) p;
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(list.localToScene(0, 0)).getY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / room)));
        });
    }

    private String status() {
        return lookup("#data-status").queryAs(Label.class).getText();
    }

    @Test
    void exportTheJournalAsCsvFromTheJournal() throws IOException {
        Path csv = dataDir.resolve("out.csv");
        pickWith(csv);
        clickOn("#nav-journal");
        clickOn("#export-menu");
        clickOn("#export-csv");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ctx.journal().entries().size() + 1, lines.size());
        assertTrue(status().startsWith("Exported " + ctx.journal().entries().size() + " entries to "), status());
    }

    @Test
    void importShowsEveryRowAndAddsNothingUntilConfirmed() throws IOException {
        Path csv = dataDir.resolve("ratings.csv");
        Files.writeString(csv, "\uFEFFDate;Pain\r\n2026-11-20 08:00;4\r\n2026-11-20 20:00;11\r\n2026-11-21 08:00;3\r\n");
        byte[] journalBefore = Files.readAllBytes(dataDir.resolve(JournalStore.FILE_NAME));
        int entriesBefore = ctx.journal().entries().size();
        pickWith(csv, csv);
        clickOn("#nav-journal");
        clickOn("#import-file");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> rows = lookup("#import-rows").queryAs(ListView.class);
        assertEquals(3, rows.getItems().size());
        assertEquals(new Pending.Row(3, false, "skip \u00b7 the pain score 11 is not from 0 to 10"), rows.getItems().get(1));
        assertTrue(lookup("#import-counts").queryAs(Label.class).getText().startsWith("It will add 2 pain ratings and skip 1 row."));
        assertArrayEquals(journalBefore, Files.readAllBytes(dataDir.resolve(JournalStore.FILE_NAME)));

        clickOn("#import-cancel");
        assertTrue(lookup("#import-preview").tryQuery().isEmpty());
        assertEquals("Import cancelled. Nothing was added.", status());
        assertArrayEquals(journalBefore, Files.readAllBytes(dataDir.resolve(JournalStore.FILE_NAME)));

        clickOn("#import-file");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Added 2 pain ratings to your journal.", status());
        List<PainRating> added = JournalStore.readOnly(dataDir).stream().skip(entriesBefore)
                .map(PainRating.class::cast).toList();
        assertEquals(List.of(4, 3), added.stream().map(PainRating::score).toList());
        assertEquals(entriesBefore + 2, lookup("#journal-list").queryAs(ListView.class).getItems().size());
    }

    @Test
    void settingsListsTheDailyBackupAndRestoresOneAfterAsking() throws IOException {
        byte[] stateThen = Files.readAllBytes(dataDir.resolve(StateStore.FILE_NAME));
        byte[] journalThen = Files.readAllBytes(dataDir.resolve(JournalStore.FILE_NAME));
        fx(() -> ctx.journal().append(new PainRating(clock.instant(), 2, "later", "")));
        clickOn("#nav-settings");
        scrollToBackups();
        ListView<?> list = lookup("#backup-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size(), "the first start of the day made one");
        assertTrue(list.getItems().get(0).toString().contains("daily"), list.getItems().get(0).toString());
        fx(() -> list.getSelectionModel().select(0));
        clickOn("#restore-backup");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#restore-confirm").tryQuery().isPresent());
        clickOn("#restore-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ctx.data().restarter().requested());
        Backups backups = new Backups(dataDir, clock, "test");
        assertTrue(backups.restorePending());
        // what the next start does first
        clock.advance(Duration.ofMinutes(1));
        assertTrue(backups.applyPending().orElseThrow().english().startsWith("The backup from"));
        assertArrayEquals(journalThen, Files.readAllBytes(dataDir.resolve(JournalStore.FILE_NAME)));
        assertArrayEquals(stateThen, Files.readAllBytes(dataDir.resolve(StateStore.FILE_NAME)));
        assertTrue(backups.list().stream().anyMatch(l -> l.kind().equals(BackupManifest.BEFORE_RESTORE)));
    }

    @Test
    void aDamagedBackupIsRefusedInPlainWords() throws IOException {
        Path zip = new Backups(dataDir, clock, "test").list().get(0).file();
        byte[] bytes = Files.readAllBytes(zip);
        bytes[bytes.length / 3] ^= 0x5a;
        Files.write(zip, bytes);
        clickOn("#nav-settings");
        scrollToBackups();
        ListView<?> list = lookup("#backup-list").queryAs(ListView.class);
        fx(() -> list.getSelectionModel().select(0));
        clickOn("#restore-backup");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#restore-confirm").tryQuery().isEmpty());
        String said = lookup("#backup-status").queryAs(Label.class).getText();
        assertTrue(said.contains("cannot be used") && said.endsWith("Nothing was changed."), said);
        assertFalse(new Backups(dataDir, clock, "test").restorePending());
    }
}
