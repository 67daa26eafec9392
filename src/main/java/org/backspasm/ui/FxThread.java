package org.backspasm.ui;

import java.util.function.Consumer;
import javafx.application.Platform;

/** Moves work to the FX thread: at once when already on it (tests, the app's own writes), else just after. */
public final class FxThread {
    private FxThread() {
    }

    public static void run(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** A listener that hands each value to {@code c} on the FX thread (e.g. journal entries written elsewhere). */
    public static <T> Consumer<T> consumer(Consumer<T> c) {
        return value -> run(() -> c.accept(value));
    }
}
