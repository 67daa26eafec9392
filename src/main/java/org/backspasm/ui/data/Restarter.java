package org.backspasm.ui.data;

import java.util.function.BooleanSupplier;

/**
 * Restarts the app (after a restore was chosen, which is carried out at the next start). The app sets what that
 * means (close, then start again the same way); until then, and in tests, it only remembers it was asked.
 */
public final class Restarter {
    private BooleanSupplier action = () -> false;
    private boolean requested;

    /** @param restart closes the app and starts it again; false when this app cannot start itself again */
    public void set(BooleanSupplier restart) {
        this.action = restart;
    }

    /** True when the app is restarting; false when the user must start it again. */
    public boolean restart() {
        requested = true;
        return action.getAsBoolean();
    }

    public boolean requested() {
        return requested;
    }
}
