package org.backspasm.ui;

import java.nio.file.Path;

/**
 * Opens a saved file with the computer's usual program for it (a web browser for a report). The app wires it to
 * JavaFX's HostServices in AppAssembly; tests record what would have been opened.
 */
@FunctionalInterface
public interface FileOpener {
    void open(Path file);
}
