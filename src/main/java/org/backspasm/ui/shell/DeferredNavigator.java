package org.backspasm.ui.shell;

import java.util.List;
import org.backspasm.ui.Feature;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;

/**
 * A navigator that features can hold before the shell exists; the shell plugs itself in once built. It knows the
 * shortcuts from the feature list from the start.
 */
public final class DeferredNavigator implements Navigator {
    private final List<Feature> features;
    private Navigator target;

    public DeferredNavigator(List<Feature> features) {
        this.features = List.copyOf(features);
    }

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

    @Override
    public String shortcutText(ScreenId id) {
        return shortcutText(features, id);
    }

    static String shortcutText(List<Feature> features, ScreenId id) {
        return features.stream().filter(f -> f.id().equals(id)).findFirst()
                .map(f -> f.shortcut().getDisplayText()).orElse("");
    }
}
