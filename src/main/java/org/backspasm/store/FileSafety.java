package org.backspasm.store;

import java.io.IOException;
import java.nio.ByteBuffer;
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
import java.util.concurrent.ThreadLocalRandom;

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
     * step and forces the folder, so a crash leaves either the old file or the new one, never half of one.
     */
    public static void writeAtomically(Path target, String text) throws IOException {
        writeAtomically(target, text.getBytes(StandardCharsets.UTF_8), Disk.REAL);
    }

    /** The same for bytes, written through the disk given (a test can hand in one that fails). */
    public static void writeAtomically(Path target, byte[] bytes, Disk disk) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            try (FileChannel ch = disk.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the write failed and its temp file cannot be removed either; the target is untouched
            }
        }
    }

    /**
     * Removes temp files a crash left from {@link #writeAtomically} for this target. They never hold the only copy
     * of anything: the move that would have made one of them the file never happened. Called only by the copy that
     * holds the data folder's lock, so no write of another copy is in progress.
     */
    public static void removeStaleTempFiles(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        try (var files = Files.newDirectoryStream(dir, f -> f.getFileName().toString().startsWith(prefix)
                && f.getFileName().toString().endsWith(".tmp"))) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a folder that cannot be listed or changed: the leftovers do no harm
        }
    }

    /**
     * Forces the folder's entries (a rename, a new file) to disk, so a crash just after a move cannot bring the old
     * name back. Where the platform refuses to open a folder (Windows), the move itself is all there is.
     */
    public static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here: nothing more can be done
        }
    }

    /**
     * Renames a file that could not be read to {@code name.unreadable-<UTC time>} beside it (never deletes it), and
     * returns the new path.
     */
    public static Path moveAside(Path file, String why, Clock clock) throws IOException {
        Path moved = Files.move(file, freeSideName(file, why, clock));
        forceFolder(moved.toAbsolutePath().getParent());
        return moved;
    }

    /**
     * Keeps a copy of bytes that could not be used (the file as it was read) beside the file, as
     * {@code name.<why>-<UTC time>}, written atomically; returns its path.
     */
    public static Path keepBeside(Path file, byte[] bytes, String why, Clock clock) throws IOException {
        Path aside = freeSideName(file, why, clock);
        writeAtomically(aside, bytes, Disk.REAL);
        return aside;
    }

    private static Path freeSideName(Path file, String why, Clock clock) {
        String base = file.getFileName() + "." + why + "-" + STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base);
        int n = 1;
        while (Files.exists(aside)) {
            aside = file.resolveSibling(base + "-" + n++);
        }
        return aside;
    }
}
