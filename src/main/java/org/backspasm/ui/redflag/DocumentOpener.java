package org.backspasm.ui.redflag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens a saved file with the computer's default program (xdg-open, open, or start). */
final class DocumentOpener {
    private DocumentOpener() {
    }

    static void open(Path file) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String path = file.toAbsolutePath().toString();
        List<String> command;
        if (os.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", path);
        } else if (os.contains("mac")) {
            command = List.of("open", path);
        } else {
            command = List.of("xdg-open", path);
        }
        new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
