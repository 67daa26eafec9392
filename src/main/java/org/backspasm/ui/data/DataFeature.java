package org.backspasm.ui.data;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.backspasm.core.state.FileProblem;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.dataport.DataFiles;
import org.backspasm.core.state.Notice;
import org.backspasm.ui.text.Lang;

/**
 * Export, import and backups, put together (the journal shows its buttons, Settings its backups). A restore chosen
 * before is carried out, and the day's backup taken, by the app before the stores read anything; while the app
 * runs, {@link #dailyBackup()} takes the day's backup when a new day has begun (the app calls it every hour and
 * when the window is focused).
 */
public final class DataFeature {
    private final DataFiles backups;
    private final DataModel model;
    private final Executor writer;
    private final Consumer<Notice> tell;
    private final Restarter restarter = new Restarter();
    private FilePicker picker = FilePicker.SYSTEM;
    private boolean failureTold;

    private DataFeature(DataFiles backups, Journal journal, Clock clock, Locale locale, Lang lang, Executor writer,
            Consumer<Notice> tell) {
        this.backups = backups;
        this.writer = writer;
        this.tell = tell;
        this.model = new DataModel(journal, backups, clock, locale, lang, writer, restarter);
    }

    /**
     * @param writer the data writer: backups are taken on it, between two writes of the stores, so a backup never
     *     holds half of a save
     * @param locale the computer's locale (it orders slashed dates in an imported file)
     * @param lang the language the window speaks
     */
    public static DataFeature create(DataFiles files, Journal journal, Clock clock, Locale locale, Lang lang,
            Executor writer, Consumer<Notice> tell) {
        return new DataFeature(files, journal, clock, locale, lang, writer, tell);
    }

    public DataModel model() {
        return model;
    }

    public Restarter restarter() {
        return restarter;
    }

    /** The journal's Export… and Import… buttons, asking for files through {@link #usePicker}'s picker. */
    public DataButtons buttons() {
        return new DataButtons(model, (owner, save, title, suggested, filters) ->
                picker.pick(owner, save, title, suggested, filters));
    }

    /** Where files are asked for (the system's dialog; tests hand in their own answers). */
    public void usePicker(FilePicker p) {
        this.picker = p;
    }

    /** Takes the day's backup if it is due (on the data writer); a failure is told once. */
    public void dailyBackup() {
        writer.execute(() -> {
            try {
                if (backups.dailyIfDue().isPresent()) {
                    model.refreshBackups();
                }
                failureTold = false;
            } catch (IOException e) {
                if (!failureTold) {
                    failureTold = true;
                    tell.accept(Notice.of("backup.dailyFailed", FileProblem.why(e)));
                }
            }
        });
    }
}
