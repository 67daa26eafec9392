package org.backspasm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.state.FileProblem;
import org.backspasm.store.ChosenLanguage;
import org.backspasm.core.dataport.CsvExport;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.store.BackupManifest;
import org.backspasm.store.Backups;
import org.backspasm.store.FileSafety;
import org.backspasm.store.JournalStore;

/**
 * {@code --export FILE} (the journal as CSV; {@code -} for stdout) and {@code --backup DIR} (a backup file of the
 * data folder written into DIR), for scripts: no window, the data folder only read. Exit codes: 0 done,
 * 2 the data cannot be read (nothing written), 73 the file cannot be written (nothing left half-written).
 */
final class PortCommands {
    private PortCommands() {
    }

    /** The app's name in the locale's language, to start a message on the terminal with. */
    static String appName(Locale locale) {
        return Messages.of("shell", locale).text("app.name");
    }

    /** @param system the computer's language; the one chosen in the folder's settings is spoken when there is one */
    static int export(Path dataDir, String target, Clock clock, Locale system, PrintStream out, PrintStream err) {
        Locale locale = ChosenLanguage.speaks(dataDir, system);
        Messages words = Messages.of("cli", locale);
        List<JournalEntry> entries;
        try {
            JournalStore.check(dataDir);
            entries = JournalStore.readOnly(dataDir);
        } catch (IOException | RuntimeException e) {
            err.println(words.text("export.unreadable", appName(locale), FileProblem.text(e, locale)));
            return ExitCodes.UNREADABLE_DATA;
        }
        StringWriter csv = new StringWriter();
        try {
            CsvExport.write(entries, clock.getZone(), locale, csv);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        if (target.equals("-")) {
            out.print(csv);
            out.flush();
            return ExitCodes.OK;
        }
        Path file = Path.of(target).toAbsolutePath();
        try {
            FileSafety.writeAtomically(file, csv.toString());
        } catch (IOException e) {
            err.println(words.text("export.cannotWrite", appName(locale), file, FileProblem.text(e, locale)));
            return ExitCodes.CANNOT_WRITE;
        }
        out.println(words.text("export.done", entries.size(), file.toString()));
        return ExitCodes.OK;
    }

    static int backup(Path dataDir, String target, Clock clock, Locale system, PrintStream out, PrintStream err) {
        Locale locale = ChosenLanguage.speaks(dataDir, system);
        Messages words = Messages.of("cli", locale);
        Backups backups = new Backups(dataDir, clock, CommandRunner.version());
        if (!backups.hasData()) {
            err.println(words.text("backup.noData", appName(locale), dataDir.toString()));
            return ExitCodes.UNREADABLE_DATA;
        }
        Path dir = Path.of(target).toAbsolutePath();
        try {
            out.println(backups.writeInto(dir, BackupManifest.MANUAL));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(words.text("backup.cannotWrite", appName(locale), dir.toString(), FileProblem.text(e, locale)));
            return ExitCodes.CANNOT_WRITE;
        }
    }

}
