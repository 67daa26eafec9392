package org.backspasm;

import java.util.List;
import javafx.application.Application;

/** Entry point: command-line options first, then the window. */
public final class Main {
    static final String USAGE = String.join("\n",
            "Back Spasm Companion: ice and heat timers, stretches and a warning-sign check for back spasms.",
            "",
            "Usage: back-spasm-companion [--data-dir DIR] [--status [--json]]",
            "",
            "  --data-dir DIR   keep the app's data in DIR (also: environment variable BACKSPASM_DATA_DIR)",
            "  --status         print the episode and the ice/heat timer in one line, and exit (no window)",
            "  --status --json  the same as one JSON object (\"rounds\": 0 means until stopped);",
            "                   exit code 2 when the data cannot be read",
            "  --help           show this text");

    private Main() {
    }

    public static void main(String[] args) {
        List<String> list = List.of(args);
        if (list.contains("--help") || list.contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        if (StatusCommand.wanted(list)) {
            System.exit(StatusCommand.run(list, System.out, System.err));
        }
        Application.launch(App.class, args);
    }
}
