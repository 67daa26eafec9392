package org.backspasm.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The copies a sync service writes beside a file that two computers changed at once, and where the app keeps them
 * once it has dealt with them. Syncthing names one {@code journal.sync-conflict-20261203-104200-ABCDEF7.jsonl},
 * Dropbox {@code journal (Ann's conflicted copy 2026-12-03).jsonl}, Nextcloud
 * {@code journal (conflicted copy 2026-12-03 104200).jsonl}, ownCloud and others {@code journal_conflict-…} or
 * {@code journal-conflict-…}: the file's name before its extension, then one of those markers. OneDrive adds the
 * other computer's name: {@code journal-DESKTOP-4F2K9L.jsonl}.
 */
final class SyncCopies {
    /** The folder inside the data folder where copies that were dealt with are kept (never deleted). */
    static final String ASIDE_FOLDER = "sync-conflicts";
    private static final List<String> MARKERS = List.of(".sync-conflict-", "conflicted copy", "-conflict-",
            "_conflict-");

    private SyncCopies() {
    }

    /** True when the name is a sync service's conflict copy of the file named (e.g. {@code journal.jsonl}). */
    static boolean isCopyOf(String name, String fileName) {
        String n = name.toLowerCase(Locale.ROOT);
        String file = fileName.toLowerCase(Locale.ROOT);
        int dot = file.lastIndexOf('.');
        String stem = dot < 0 ? file : file.substring(0, dot);
        return !n.equals(file) && n.startsWith(stem) && !n.startsWith(".") && !n.endsWith(".tmp")
                && (MARKERS.stream().anyMatch(n::contains) || oneDrive(name, fileName, stem.length()));
    }

    /**
     * OneDrive keeps the other computer's version with that computer's name after the file's name:
     * {@code journal-DESKTOP-4F2K9L.jsonl}. Windows computer names are capitals, digits and dashes; only such a
     * name is taken for a copy, so a file a person named {@code journal-old.jsonl} is left alone.
     */
    private static boolean oneDrive(String name, String fileName, int stemLength) {
        String ext = fileName.substring(stemLength);
        if (!name.endsWith(ext) || name.length() <= stemLength + ext.length() + 1 || name.charAt(stemLength) != '-') {
            return false;
        }
        String machine = name.substring(stemLength + 1, name.length() - ext.length());
        return machine.length() <= 63 && machine.chars().anyMatch(Character::isLetter)
                && machine.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
    }

    /** The conflict copies of the file in the folder, by name; none when the folder cannot be listed. */
    static List<Path> of(Path dir, String fileName) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                f -> isCopyOf(f.getFileName().toString(), fileName) && Files.isRegularFile(f))) {
            files.forEach(out::add);
        } catch (IOException e) {
            return List.of();
        }
        out.sort(null);
        return out;
    }

    /** Moves a copy that was dealt with into {@value #ASIDE_FOLDER}, under its own name or a free one beside it. */
    static Path putAside(Path copy) throws IOException {
        return putAside(copy, copy.getFileName().toString());
    }

    /** The same, under the name given (or a free one beside it). */
    static Path putAside(Path copy, String name) throws IOException {
        Path folder = copy.resolveSibling(ASIDE_FOLDER);
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(name + "." + n);
        }
        Path moved = Files.move(copy, target);
        FileSafety.forceFolder(folder);
        FileSafety.forceFolder(copy.toAbsolutePath().getParent());
        return moved;
    }
}
