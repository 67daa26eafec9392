package org.backspasm.ui.redflag;

import javafx.scene.Node;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.redflag.OfferDismissals;
import org.backspasm.core.redflag.SignCatalog;
import org.backspasm.ui.FileOpener;
import org.backspasm.ui.FxThread;
import org.backspasm.ui.Screen;
import org.backspasm.ui.UiContext;
import org.backspasm.ui.source.SourceLines;

/**
 * Everything the warning-sign feature adds to the app, built from the shared context: the screen and the offers
 * card for Today. The questions are loaded and validated here, at start; if they cannot be used, the screen says so
 * plainly and still shows the emergency number.
 */
public final class WarningSignsFeature {
    private final Screen screen;
    private final CheckOffersCard offers;

    private WarningSignsFeature(Screen screen, CheckOffersCard offers) {
        this.screen = screen;
        this.offers = offers;
    }

    public static WarningSignsFeature create(UiContext ctx, Loaded<SourceRegistry> sources, SourceLines lines,
            FileOpener opener) {
        CheckOffersModel offersModel = new CheckOffersModel(ctx.journal()::entries, new CheckOffersModel.Dismissals() {
            @Override
            public OfferDismissals load() {
                return ctx.state().get(OfferDismissals.SECTION, OfferDismissals.class, OfferDismissals.none());
            }

            @Override
            public void save(OfferDismissals d) {
                ctx.state().put(OfferDismissals.SECTION, d);
            }
        }, ctx.clock());
        ctx.journal().onAppend(e -> FxThread.run(offersModel::refresh));
        CheckOffersCard offers = new CheckOffersCard(offersModel, ctx.navigator(), lines);
        Loaded<SignCatalog> loaded = sources.then(SignCatalog::loadDefault);
        if (!loaded.ok()) {
            ctx.notices().report("The warning-sign questions could not be loaded, so the check cannot run. "
                    + "The Warning signs screen has the details.");
            return new WarningSignsFeature(new ContentProblemScreen(loaded.problem(), ctx.settings()), offers);
        }
        SignCatalog catalog = loaded.value();
        WarningCheckModel model = new WarningCheckModel(catalog, ctx.clock(), ctx.journal()::append,
                ctx.journal()::entries);
        ctx.journal().onAppend(FxThread.consumer(model::journalAppended));
        model.setEmergencyNumber(ctx.settings().get().emergencyNumber());
        ctx.settings().settingsProperty().addListener((o, a, s) -> model.setEmergencyNumber(s.emergencyNumber()));
        return new WarningSignsFeature(new WarningSignsScreen(model, ctx.clock().getZone(), lines, opener), offers);
    }

    public Screen screen() {
        return screen;
    }

    /** The card for the Today screen (hidden while there is nothing to offer). */
    public Node offersCard() {
        return offers;
    }
}
