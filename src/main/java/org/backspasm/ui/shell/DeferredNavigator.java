package org.backspasm.ui.shell;

import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;

/** A navigator that screens can hold before the shell exists; the shell plugs itself in once built. */
public final class DeferredNavigator implements Navigator {
    private Navigator target;

    public void setTarget(Navigator target) {
        this.target = target;
    }

    @Override
    public void show(ScreenId id) {
        if (target != null) {
            target.show(id);
        }
    }

    @Override
    public void showEmergency() {
        if (target != null) {
            target.showEmergency();
        }
    }
}
