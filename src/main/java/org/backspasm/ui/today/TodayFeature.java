package org.backspasm.ui.today;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenFeature;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.companion.Companion;
import org.backspasm.ui.warningsigns.WarningSignsFeature;

/** Today: the start screen, with the cards every feature puts there, the day plan and its follow-up, and a pain rating. */
public final class TodayFeature extends ScreenFeature {
    private static final String SUN = "M10 6.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z"
            + "M9.2 1h1.6v3h-1.6zM9.2 16h1.6v3h-1.6zM1 9.2h3v1.6h-3zM16 9.2h3v1.6h-3z"
            + "M3.4 4.5l1.1-1.1 2.1 2.1-1.1 1.1zM13.4 14.5l1.1-1.1 2.1 2.1-1.1 1.1z"
            + "M13.4 5.5l2.1-2.1 1.1 1.1-2.1 2.1zM3.4 15.5l2.1-2.1 1.1 1.1-2.1 2.1z";

    private Companion companion;

    public TodayFeature() {
        super(ScreenId.TODAY, "nav.today", SUN, KeyCode.DIGIT1);
    }

    @Override
    public void start(FeatureContext app) {
        super.start(app);
        this.companion = Companion.start(app);
    }

    @Override
    public Screen screen() {
        // the other features' cards (a running timer first, the episode clock), then the companion's own: the
        // follow-up card and the day plan
        List<Node> cards = new java.util.ArrayList<>(
                app.features().stream().flatMap(f -> f.todayCards().stream()).toList());
        cards.addAll(companion.todayCards());
        // "Something new?" beside the pain rating offers the warning-sign check again (CLINICAL-FACTS 6)
        Runnable somethingNew = app.features().stream().filter(WarningSignsFeature.class::isInstance)
                .map(f -> ((WarningSignsFeature) f).somethingNew()).findFirst().orElse(null);
        return new TodayScreen(app.clock(), app.nav(), app.journal()::append, cards, app.lang(), somethingNew);
    }
}
