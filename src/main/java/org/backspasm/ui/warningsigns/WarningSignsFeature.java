package org.backspasm.ui.warningsigns;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.warningsigns.SignCatalog;
import org.backspasm.ui.FileOpener;
import org.backspasm.ui.FxThread;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.Screen;
import org.backspasm.ui.settings.SettingsModel;
import org.backspasm.ui.shell.LazyScreen;
import org.backspasm.ui.source.SourceLines;

/**
 * Everything the warning-sign feature adds to the app, built from the services it uses: the screen and the offers
 * card for Today. The questions are loaded and validated here, at start; if they cannot be used, the screen says so
 * plainly and still shows the emergency number. The check's screen itself is built when first shown.
 */
public final class WarningSignsFeature {
    private final Screen screen;
    private final CheckOffersCard offers;

    private WarningSignsFeature(Screen screen, CheckOffersCard offers) {
        this.screen = screen;
        this.offers = offers;
    }

    /**
     * @param journal    what happened, where checks are recorded
     * @param dismissals the offers put away for the day (kept by the caller)
     * @param settings   the emergency number
     * @param problems   where a content problem is reported to the user
     */
    public static WarningSignsFeature create(Clock clock, Journal journal, CheckOffersModel.Dismissals dismissals,
            SettingsModel settings, Consumer<String> problems, Navigator nav, Loaded<SourceRegistry> sources,
            SourceLines lines, FileOpener opener) {
        CheckOffersModel offersModel = new CheckOffersModel(journal::entries, dismissals, clock);
        journal.onAppend(e -> FxThread.run(offersModel::refresh));
        CheckOffersCard offers = new CheckOffersCard(offersModel, nav, lines);
        Loaded<SignCatalog> loaded = sources.then(SignCatalog::loadDefault);
        if (!loaded.ok()) {
            problems.accept("The warning-sign questions could not be loaded, so the check cannot run. "
                    + "The Warning signs screen has the details.");
            return new WarningSignsFeature(new ContentProblemScreen(loaded.problem(), settings), offers);
        }
        SignCatalog catalog = loaded.value();
        WarningSignsModel model = new WarningSignsModel(catalog, clock, journal::append, journal::entries);
        journal.onAppend(FxThread.consumer(model::journalAppended));
        model.setEmergencyNumber(settings.get().emergencyNumber());
        settings.settingsProperty().addListener((o, a, s) -> model.setEmergencyNumber(s.emergencyNumber()));
        // the model follows the journal from the start; its screen is built when first shown
        return new WarningSignsFeature(new LazyScreen(ScreenId.WARNING_SIGNS,
                () -> new WarningSignsScreen(model, clock.getZone(), lines, opener)), offers);
    }

    public Screen screen() {
        return screen;
    }

    /** The card for the Today screen (hidden while there is nothing to offer). */
    public Node offersCard() {
        return offers;
    }
}
