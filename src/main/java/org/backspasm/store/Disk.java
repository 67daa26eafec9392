package org.backspasm.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * How the stores open files for writing. The app uses {@link #REAL}; tests hand in one that refuses to write, the
 * way a read-only folder or a full disk does, to check that nothing half-written is ever left behind.
 */
@FunctionalInterface
public interface Disk {
    Disk REAL = FileChannel::open;

    FileChannel open(Path file, OpenOption... options) throws IOException;
}
