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
    private final Supplier<? extends Screen> factory;
    private Screen real;

    public LazyScreen(ScreenId id, Supplier<? extends Screen> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The real screen, built now if it was not yet (on the FX thread). */
    public Screen real() {
        if (real == null) {
            real = factory.get();
            if (real.id() != id) {
                throw new IllegalStateException("the screen built for " + id + " is " + real.id());
            }
        }
        return real;
    }

    /** Forgets the built screen (after a language change): it is built again, in the new language, when needed. */
    public void rebuild() {
        if (real != null) {
            real.hidden();
            real = null;
        }
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
