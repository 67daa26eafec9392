package org.backspasm.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the app again the way this copy was started (the launcher or java with its options, and the same
 * arguments), after this copy has let go of the data folder's lock: a restore chosen in Settings is carried out by
 * the new copy before it reads anything.
 */
final class Relaunch {
    private Relaunch() {
    }

    /** This process's command line, when the system tells it. */
    static Optional<List<String>> command() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(info.command().get());
        cmd.addAll(List.of(info.arguments().get()));
        return Optional.of(cmd);
    }

    static void start(List<String> command) throws IOException {
        new ProcessBuilder(command).inheritIO().start();
    }
}
