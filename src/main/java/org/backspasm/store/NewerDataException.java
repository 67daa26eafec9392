package org.backspasm.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The data file was written by a newer version of the app, with a schema this version does not know. The message is
 * English (logs, the command line); the window says it in the user's language from {@link #found} and {@link #known}.
 */
public final class NewerDataException extends IOException {
    private final Path file;
    private final int found;
    private final int known;

    public NewerDataException(Path file, int found, int known) {
        super("The data in " + file + " was saved by a newer version of Back Spasm Companion (data format "
                + found + "; this version reads up to " + known + "). To keep it safe, this version will not change it. "
                + "Please use the newer version, or start this one with another data folder (--data-dir).");
        this.file = file;
        this.found = found;
        this.known = known;
    }

    public Path file() {
        return file;
    }

    public int found() {
        return found;
    }

    /** The newest data format this version reads. */
    public int known() {
        return known;
    }
}
