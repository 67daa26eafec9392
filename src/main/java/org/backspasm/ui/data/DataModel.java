package org.backspasm.ui.data;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backspasm.core.state.FileProblem;
import org.backspasm.core.dataport.CsvExport;
import org.backspasm.core.dataport.ImportPreview;
import org.backspasm.core.dataport.RatingImport;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.state.NoticeException;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.dataport.DataFiles;
import org.backspasm.ui.FxThread;
import org.backspasm.ui.text.Lang;

/**
 * Export, import and backups, for the journal's buttons and Settings → Your data. Slow work (reading or writing a
 * file, checking a backup) runs on the executor given while {@link #busyProperty()} is true; its outcome comes
 * back on the FX thread as a {@link #statusProperty() status line} or a {@link Pending} for the user to confirm.
 * Nothing is written to the data folder until the user confirms.
 */
public final class DataModel {
    /** Larger than any list of ratings a person keeps (100,000 rows are about 4 MB). */
    static final long MAX_CSV_BYTES = 64L * 1024 * 1024;

    private final Journal journal;
    private final DataFiles backups;
    private final Clock clock;
    private final Locale locale;
    private final DataText words;
    private final Executor background;
    private final Restarter restarter;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Pending> pending = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BackupRow> backupRows = FXCollections.observableArrayList();
    private final List<Path> backupFiles = new ArrayList<>();
    /** What {@link #confirm()} does for the pending question. */
    private Runnable onConfirm = () -> { };

    /** One backup in the list: when, why, what it holds, and the three in one line. */
    public record BackupRow(String when, String kind, String entries, String line) {
        @Override
        public String toString() {
            return line;
        }
    }

    /**
     * @param locale the computer's locale (it orders slashed dates in an imported file)
     * @param lang   the language the outcomes are told in
     */
    public DataModel(Journal journal, DataFiles backups, Clock clock, Locale locale, Lang lang, Executor background,
            Restarter restarter) {
        this.words = new DataText(lang);
        this.journal = journal;
        this.backups = backups;
        this.clock = clock;
        this.locale = locale;
        this.background = background;
        this.restarter = restarter;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Pending> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ObservableList<BackupRow> backups() {
        return backupRows;
    }

    /** The words of the data features, in the window's language now. */
    DataText words() {
        return words;
    }

    public String backupFolder() {
        return backups.folder().toString();
    }

    /** The file name a CSV export offers, in the window's language. */
    public String suggestedCsvName() {
        return words.texts().get("file.csv", java.time.LocalDate.now(clock).toString());
    }

    /** The file name a saved backup offers, in the window's language. */
    public String suggestedBackupName() {
        return words.texts().get("file.backup", java.time.LocalDate.now(clock).toString());
    }

    /** Writes the journal as CSV to the file. */
    public void exportCsv(Path file) {
        List<JournalEntry> entries = journal.entries();
        work(() -> {
            StringWriter csv = new StringWriter();
            CsvExport.write(entries, clock.getZone(), words.locale(), csv);
            backups.writeText(file, csv.toString());
            return words.exported(entries.size(), file);
        }, e -> words.cannotWrite(file, FileProblem.text(e, words.locale())));
    }

    /** Writes a full backup file (both data files, with their checksums) to the file. */
    public void saveBackup(Path file) {
        work(() -> {
            backups.writeBackup(file);
            return words.backupSaved(file);
        }, e -> words.cannotWrite(file, FileProblem.text(e, words.locale())));
    }

    /** Makes a backup into the backups folder now. */
    public void backUpNow() {
        work(() -> {
            if (!backups.hasData()) {
                return words.nothingToBackUp();
            }
            return words.backedUp(backups.snapshot(DataFiles.MANUAL).getFileName().toString());
        }, e -> words.cannotWrite(backups.folder(), FileProblem.text(e, words.locale())));
    }

    /** Lists the backups in the folder (newest first). */
    public void refreshBackups() {
        background.execute(() -> {
            List<DataFiles.Listed> listed = backups.list();
            FxThread.run(() -> {
                backupFiles.clear();
                backupRows.clear();
                for (DataFiles.Listed l : listed) {
                    backupFiles.add(l.file());
                    String when = words.when(l.made(), clock.getZone());
                    String kind = words.kind(l.kind());
                    String entries = words.entries(l.entries());
                    backupRows.add(new BackupRow(when, kind, entries, words.backupRow(when, kind, entries)));
                }
            });
        });
    }

    /** Opens a file to import: a CSV gives a preview of the ratings, a backup file asks to restore it. */
    public void open(Path file) {
        busy.set(true);
        background.execute(() -> {
            Pending p;
            Runnable confirm = null;
            try {
                if (isZip(file)) {
                    p = restoreQuestion(backups.check(file));
                    confirm = () -> stageRestore(file);
                } else {
                    ImportPreview preview = new RatingImport(clock.getZone(), locale, clock.instant(), words.locale())
                            .preview(ImportText.read(file, MAX_CSV_BYTES), journal.entries());
                    p = ratings(file, preview);
                    confirm = () -> add(preview);
                }
            } catch (ImportText.TooLarge e) {
                p = null;
                finish(words.tooLarge(file));
            } catch (IOException e) {
                p = null;
                finish(e instanceof NoticeException n ? n.notice().text(words.locale())
                        : words.cannotRead(file, FileProblem.text(e, words.locale())));
            }
            Pending shown = p;
            Runnable yes = confirm;
            if (shown != null) {
                FxThread.run(() -> {
                    busy.set(false);
                    onConfirm = yes;
                    pending.set(shown);
                });
            }
        });
    }

    /** Checks the listed backup at {@code index} whole, then asks whether to restore it. */
    public void chooseBackup(int index) {
        if (index < 0 || index >= backupFiles.size()) {
            return;
        }
        Path file = backupFiles.get(index);
        busy.set(true);
        background.execute(() -> {
            try {
                Pending p = restoreQuestion(backups.check(file));
                FxThread.run(() -> {
                    busy.set(false);
                    onConfirm = () -> stageRestore(file);
                    pending.set(p);
                });
            } catch (IOException e) {
                finish(NoticeException.text(e, words.locale()));
            }
        });
    }

    /** The user said yes to what is pending. */
    public void confirm() {
        Runnable r = onConfirm;
        onConfirm = () -> { };
        pending.set(null);
        r.run();
    }

    /** The user said no: nothing is written. */
    public void cancel() {
        Pending p = pending.get();
        onConfirm = () -> { };
        pending.set(null);
        if (p != null) {
            status.set(p instanceof Pending.Restore ? words.restoreCancelled() : words.importCancelled());
        }
    }

    private void add(ImportPreview preview) {
        List<JournalEntry> batch = new ArrayList<>(preview.ratings());
        work(() -> {
            journal.appendAll(batch);
            return words.added(batch.size());
        }, e -> NoticeException.text(e, words.locale()));
    }

    private void stageRestore(Path file) {
        work(() -> {
            backups.stageRestore(file);
            return "";
        }, e -> NoticeException.text(e, words.locale()), () -> {
            if (!restarter.restart()) {
                status.set(words.restartByHand());
            }
        });
    }

    private Pending restoreQuestion(DataFiles.Checked m) {
        return new Pending.Restore(words.restoreTitle(words.when(m.made(), clock.getZone())),
                words.restoreDetails(m.entries()));
    }

    private Pending.Ratings ratings(Path file, ImportPreview p) {
        List<Pending.Row> rows = new ArrayList<>(p.toAdd().size() + p.skipped().size());
        p.toAdd().forEach(a -> rows.add(new Pending.Row(a.line(), true, words.previewLine(true, words.rating(
                a.rating().score(), words.when(a.rating().at(), clock.getZone()), a.rating().note())))));
        p.skipped().forEach(s -> rows.add(new Pending.Row(s.line(), false, words.previewLine(false, s.reason()))));
        rows.sort(java.util.Comparator.comparingLong(Pending.Row::line));
        return new Pending.Ratings(file.getFileName().toString(), p.reading(), rows, p.toAdd().size(),
                p.skipped().size(), p.problem());
    }

    private static boolean isZip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private interface Work {
        String run() throws IOException;
    }

    private void work(Work w, java.util.function.Function<IOException, String> failed) {
        work(w, failed, () -> { });
    }

    /** Runs {@code w} in the background while busy; its words (or the failure's) become the status. */
    private void work(Work w, java.util.function.Function<IOException, String> failed, Runnable afterSuccess) {
        busy.set(true);
        background.execute(() -> {
            Supplier<String> outcome;
            boolean ok;
            try {
                String words = w.run();
                outcome = () -> words;
                ok = true;
            } catch (IOException e) {
                outcome = () -> failed.apply(e);
                ok = false;
            }
            Supplier<String> said = outcome;
            boolean done = ok;
            FxThread.run(() -> {
                busy.set(false);
                status.set(said.get());
                if (done) {
                    afterSuccess.run();
                }
                refreshBackups();
            });
        });
    }

    private void finish(String words) {
        FxThread.run(() -> {
            busy.set(false);
            status.set(words);
        });
    }
}
