package org.backspasm.ui.data;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The words of the export, import and backup features, in one place (to move into the message bundles). */
final class DataText {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    private DataText() {
    }

    static String when(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }

    static String entries(int n) {
        return n < 0 ? "entries unknown" : n + (n == 1 ? " journal entry" : " journal entries");
    }

    static String ratings(int n) {
        return n + (n == 1 ? " pain rating" : " pain ratings");
    }

    static String rows(int n) {
        return n + (n == 1 ? " row" : " rows");
    }

    static String exported(int n, Path file) {
        return "Exported " + n + (n == 1 ? " entry" : " entries") + " to " + file + ". Open it in a spreadsheet.";
    }

    static String backupSaved(Path file) {
        return "Backup saved as " + file + ". To restore it: Journal \u2192 Import\u2026, or keep it in the "
                + "backups folder and use Settings \u2192 Your data.";
    }

    static String cannotWrite(Path file, String why) {
        return "This could not be saved to " + file + " (" + why + "). Nothing was written; try another folder.";
    }

    static String cannotRead(Path file, String why) {
        return file.getFileName() + " cannot be read (" + why + "). Nothing was changed.";
    }

    static String tooLarge(Path file) {
        return file.getFileName() + " is far too large to be a list of pain ratings. Nothing was changed.";
    }

    static String added(int n) {
        return "Added " + ratings(n) + " to your journal.";
    }

    static String importCancelled() {
        return "Import cancelled. Nothing was added.";
    }

    static String restoreCancelled() {
        return "Restore cancelled. Nothing was changed.";
    }

    static String restoreTitle(String when) {
        return "Restore the backup from " + when + "?";
    }

    static String restoreDetails(String what) {
        return what + ". First your data as it is now is saved as a backup of its own (so this can be undone "
                + "from the same list), then this backup replaces it and the app starts again.";
    }

    static String restartByHand() {
        return "The backup will be restored when the app next starts. Close the app and start it again now.";
    }

    static String backedUp(String name) {
        return "Backup made: " + name + ".";
    }

    static String nothingToBackUp() {
        return "There is nothing to back up yet.";
    }

    static String previewLine(boolean adds, String text) {
        return (adds ? "add \u00b7 " : "skip \u00b7 ") + text;
    }

    static String rating(int score, String when, String note) {
        return "pain " + score + "/10 on " + when + (note.isEmpty() ? "" : ": " + note.replace('\n', ' '));
    }

    static String kind(String kind) {
        return switch (kind) {
            case "daily" -> "daily";
            case "before-restore" -> "before a restore";
            case "imported" -> "imported";
            case "manual" -> "made by hand";
            default -> kind;
        };
    }

    static String exportButton() {
        return "Export\u2026";
    }

    static String importButton() {
        return "Import\u2026";
    }

    static String exportCsvItem() {
        return "Journal as a spreadsheet (CSV)\u2026";
    }

    static String exportBackupItem() {
        return "Full backup file\u2026";
    }

    static String exportTip() {
        return "Everything in the journal as a CSV file for a spreadsheet, or a backup file of all your data";
    }

    static String importTip() {
        return "Pain ratings from a CSV file (a date/time column and a 0\u201310 column), or a backup file to restore";
    }

    static String exportCsvTitle() {
        return "Export the journal as CSV";
    }

    static String exportBackupTitle() {
        return "Save a backup of all your data";
    }

    static String importTitle() {
        return "Import pain ratings or a backup";
    }

    static String csvFiles() {
        return "Spreadsheet (CSV)";
    }

    static String backupFiles() {
        return "Backup file (zip)";
    }

    static String importFiles() {
        return "CSV or backup files";
    }

    static String allFiles() {
        return "All files";
    }

    static String importCardTitle(String file) {
        return "Import pain ratings from " + file;
    }

    static String cancel() {
        return "Cancel";
    }

    static String close() {
        return "Close";
    }

    static String importCounts(int adding, int skipping) {
        return "It will add " + ratings(adding) + " and skip " + rows(skipping) + ". Nothing is added until you "
                + "press \u201cAdd\u201d.";
    }

    static String addButton(int n) {
        return "Add " + ratings(n);
    }

    static String previewRow(long line, String text) {
        return "Line " + line + "  \u00b7  " + text;
    }

    static String restoreYes() {
        return "Restore and restart";
    }

    static String restoreButton() {
        return "Restore\u2026";
    }

    static String backUpNowButton() {
        return "Back up now";
    }

    static String noBackups() {
        return "No backups yet. The app makes one each day it is used.";
    }

    static String backupsSection() {
        return "Your data: backups";
    }

    static String backupsTitle() {
        return "One a day, taken while the app runs; the last 7 days and 4 weeks are kept.";
    }

    static String backupsHelp(String folder) {
        return "Kept in " + folder + ". Each is checked before it is restored; one that was changed or damaged is "
                + "refused. Restoring saves your data as it is first, so it can be undone from this list.";
    }

    static String dailyFailed(String why) {
        return "Today's backup of your data could not be made (" + why + "). Your data itself is not affected; "
                + "the app tries again later.";
    }
}
