package org.backspasm.core.state;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a text file the user asked for (a report) whole or not at all; the store's atomic write implements it. */
@FunctionalInterface
public interface TextFiles {
    void write(Path file, String text) throws IOException;
}
