package org.backspasm.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small file operations that never lose data: atomic replace, move-aside instead of delete, private folders. */
public final class FileSafety {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private FileSafety() {
    }

    /** Creates the folder (and parents) readable by the user only where the file system allows it. */
    public static void ensurePrivateDir(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (IOException | UnsupportedOperationException e) {
                // a folder we do not own (e.g. the user pointed us somewhere shared): leave its permissions alone
            }
        }
    }

    /**
     * Writes the text to a temp file in the same folder, forces it to disk, then moves it over the target in one
     * step, so a crash leaves either the old file or the new one, never half of one.
     */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(StandardCharsets.UTF_8.encode(text));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Renames a file that could not be read to {@code name.unreadable-<UTC time>} beside it (never deletes it), and
     * returns the new path.
     */
    public static Path moveAside(Path file, String why, Clock clock) throws IOException {
        String base = file.getFileName() + "." + why + "-" + STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base);
        int n = 1;
        while (Files.exists(aside)) {
            aside = file.resolveSibling(base + "-" + n++);
        }
        return Files.move(file, aside);
    }
}
