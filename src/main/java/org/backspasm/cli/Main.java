package org.backspasm.cli;

import org.backspasm.app.App;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import javafx.application.Application;

/** Entry point: the command line first (see {@link CommandRunner}); the window only when no command was given. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> list = List.of(args);
        CommandLine line = CommandLine.parse(list);
        // JSON is UTF-8 whatever the terminal's locale; the line for people follows the console's encoding
        PrintStream out = line.json() || line.action() == CommandLine.Action.EXPORT
                ? new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)
                : System.out;
        OptionalInt exit = CommandRunner.forThisProcess().run(line, list, out, System.err);
        if (exit.isPresent()) {
            out.flush();
            System.exit(exit.getAsInt());
        }
        Application.launch(App.class, args);
    }
}
