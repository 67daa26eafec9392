package org.backspasm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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

    static int export(Path dataDir, String target, Clock clock, PrintStream out, PrintStream err) {
        List<JournalEntry> entries;
        try {
            JournalStore.check(dataDir);
            entries = JournalStore.readOnly(dataDir);
        } catch (IOException | RuntimeException e) {
            err.println("Back Spasm Companion: " + e.getMessage() + ". Nothing was written. Open the app to have it "
                    + "set the damaged part aside, then export again.");
            return ExitCodes.UNREADABLE_DATA;
        }
        StringWriter csv = new StringWriter();
        try {
            CsvExport.write(entries, clock.getZone(), org.backspasm.store.ChosenLanguage.speaks(dataDir,
                    org.backspasm.core.i18n.Languages.system(System.getProperty(org.backspasm.core.i18n.Languages.PROPERTY),
                            System.getenv(org.backspasm.core.i18n.Languages.VARIABLE), java.util.Locale.getDefault())),
                    csv);
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
            err.println("Back Spasm Companion: the export cannot be written to " + file + " (" + e.getMessage()
                    + "). Nothing was written.");
            return ExitCodes.CANNOT_WRITE;
        }
        out.println("Exported " + entries.size() + (entries.size() == 1 ? " entry" : " entries") + " to " + file);
        return ExitCodes.OK;
    }

    static int backup(Path dataDir, String target, Clock clock, PrintStream out, PrintStream err) {
        Backups backups = new Backups(dataDir, clock, CommandRunner.version());
        if (!backups.hasData()) {
            err.println("Back Spasm Companion: there is no data to back up in " + dataDir + ". Nothing was written.");
            return ExitCodes.UNREADABLE_DATA;
        }
        Path dir = Path.of(target).toAbsolutePath();
        try {
            out.println(backups.writeInto(dir, BackupManifest.MANUAL));
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("Back Spasm Companion: the backup cannot be written to " + dir + " (" + e.getMessage()
                    + "). Nothing was written.");
            return ExitCodes.CANNOT_WRITE;
        }
    }

}
