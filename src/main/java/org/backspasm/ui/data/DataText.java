package org.backspasm.ui.data;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.backspasm.core.dataport.PortText;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/** The words of the export, import and backup features (bundle {@code data}), in the window's language now. */
final class DataText {
    private final Texts t;

    DataText(Lang lang) {
        this.t = lang.texts(PortText.BUNDLE);
    }

    Texts texts() {
        return t;
    }

    java.util.Locale locale() {
        return t.locale();
    }

    String when(Instant at, ZoneId zone) {
        return t.formats().weekdayDateTime(at.atZone(zone));
    }

    String entries(int n) {
        return t.get("entries", Math.max(-1, n));
    }

    String exported(int n, Path file) {
        return t.get("exported", n, file);
    }

    String backupSaved(Path file) {
        return t.get("backupSaved", file);
    }

    String cannotWrite(Path file, String why) {
        return t.get("cannotWrite", file, why);
    }

    String cannotRead(Path file, String why) {
        return t.get("cannotRead", file.getFileName(), why);
    }

    String tooLarge(Path file) {
        return t.get("tooLarge", file.getFileName());
    }

    String added(int n) {
        return t.get("added", n);
    }

    String importCancelled() {
        return t.get("importCancelled");
    }

    String restoreCancelled() {
        return t.get("restoreCancelled");
    }

    String restoreTitle(String when) {
        return t.get("restore.title", when);
    }

    String restoreDetails(int entries) {
        return t.get("restore.details", Math.max(-1, entries));
    }

    String restartByHand() {
        return t.get("restartByHand");
    }

    String backedUp(String name) {
        return t.get("backedUp", name);
    }

    String nothingToBackUp() {
        return t.get("nothingToBackUp");
    }

    String previewLine(boolean adds, String text) {
        return adds ? t.get("preview.add", text) : t.get("preview.skip", text);
    }

    String rating(int score, String when, String note) {
        return note.isEmpty() ? t.get("preview.rating", score, when)
                : t.get("preview.ratingWithNote", score, when, note.replace('\n', ' '));
    }

    String kind(String kind) {
        return switch (kind) {
            case "daily" -> t.get("kind.daily");
            case "before-restore" -> t.get("kind.beforeRestore");
            case "imported" -> t.get("kind.imported");
            case "manual" -> t.get("kind.manual");
            default -> kind;
        };
    }

    String backupRow(String when, String kind, String entries) {
        return t.get("backupRow", when, kind, entries);
    }

    String importCounts(int adding, int skipping) {
        return t.get("import.counts", adding, skipping);
    }

    String addButton(int n) {
        return t.get("button.add", n);
    }

    String previewRow(long line, String text) {
        return t.get("preview.row", line, text);
    }

    String backupsHelp(String folder) {
        return t.get("backups.help", folder);
    }

    String get(String key, Object... args) {
        return t.get(key, args);
    }
}
