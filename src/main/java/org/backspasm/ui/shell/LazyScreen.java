package org.backspasm.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;

/**
 * A screen built the first time it is needed (shown, or asked for by {@link Shell#screen}), so that start-up
 * builds only the screen the window opens on. Once built, everything goes to the real screen.
 */
public final class LazyScreen implements Screen {
    private final ScreenId id;
    private Supplier<? extends Screen> factory;
    private Screen real;

    public LazyScreen(ScreenId id, Supplier<? extends Screen> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The real screen, built now if it was not yet (on the FX thread). */
    public Screen real() {
        if (real == null) {
            real = factory.get();
            factory = null;
            if (real.id() != id) {
                throw new IllegalStateException("the screen built for " + id + " is " + real.id());
            }
        }
        return real;
    }

    public boolean built() {
        return real != null;
    }

    @Override
    public ScreenId id() {
        return id;
    }

    @Override
    public Node view() {
        return real().view();
    }

    @Override
    public void shown() {
        real().shown();
    }

    @Override
    public void hidden() {
        if (real != null) {
            real.hidden();
        }
    }
}
