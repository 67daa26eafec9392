package org.backspasm.ui.warningsigns;

import org.backspasm.ui.text.Lang;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.state.Sections;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.warningsigns.OfferDismissals;
import org.backspasm.core.warningsigns.SignCatalog;
import org.backspasm.ui.Feature;
import org.backspasm.ui.settings.NumberReminder;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.FxThread;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.shell.Icons;

/**
 * The warning-sign check, and its offers on Today. The questions are loaded and validated at start; if they cannot
 * be used, the screen says so plainly and still shows the emergency number. The model follows the journal from the
 * start; the check's screen is built when first shown.
 */
public final class WarningSignsFeature implements Feature {
    private FeatureContext app;
    private Loaded<SignCatalog> catalog;
    private WarningSignsModel model;
    private CheckOffersCard offers;
    private CheckOffersModel offersModel;
    private javafx.beans.value.ObservableValue<String> reminder;

    @Override
    public ScreenId id() {
        return ScreenId.WARNING_SIGNS;
    }

    @Override
    public String label(Lang lang) {
        return lang.texts("shell").get("nav.warningSigns");
    }

    @Override
    public String icon() {
        return Icons.WARNING_PATH;
    }

    @Override
    public KeyCode key() {
        return KeyCode.DIGIT4;
    }

    @Override
    public void start(FeatureContext app) {
        this.app = app;
        offersModel = new CheckOffersModel(app.journal()::entries, new CheckOffersModel.Dismissals() {
            @Override
            public OfferDismissals load() {
                return app.state().get(Sections.CHECK_OFFERS);
            }

            @Override
            public void save(OfferDismissals d) {
                app.state().put(Sections.CHECK_OFFERS, d);
            }
        }, app.clock(), app.lang()::locale);
        app.journal().onAppend(e -> FxThread.run(offersModel::refresh));
        app.lang().localeProperty().addListener((o, a, l) -> offersModel.refresh());
        offers = new CheckOffersCard(offersModel, app.nav(), app.lines(), app.lang());
        catalog = app.sources().then(SignCatalog::loadDefault);
        if (!catalog.ok()) {
            app.problems().accept(app.lang().texts("warningsigns").get("problem.notice"));
            return;
        }
        model = new WarningSignsModel(catalog.value(), app.clock(), app.journal()::append, app.journal()::entries,
                app.files());
        app.journal().onAppend(FxThread.consumer(model::journalAppended));
        model.setSaidPregnantElsewhere(() -> app.state().get(Sections.STRETCH).cautions().has(Caution.PREGNANCY));
        reminder = NumberReminder.text(app.settings(), app.lang()); // kept: the model follows it
        model.setEmergencyNumber(app.settings().get().emergencyNumber(), reminder.getValue());
        javafx.beans.InvalidationListener number = o -> model.setEmergencyNumber(
                app.settings().get().emergencyNumber(), reminder.getValue());
        app.settings().settingsProperty().addListener(number);
        reminder.addListener(number);
        model.setLocale(app.lang().locale());
        app.lang().localeProperty().addListener((o, a, l) -> model.setLocale(l));
    }

    @Override
    public Screen screen() {
        if (model == null) {
            return new ContentProblemScreen(catalog.problem(), app.settings(), app.lang());
        }
        return new WarningSignsScreen(model, app.clock().getZone(), app.lines(), app.opener(), app.lang());
    }

    /** "Something new?" beside the pain rating on Today: the check is offered again (CLINICAL-FACTS 6). */
    public Runnable somethingNew() {
        return offersModel::somethingNew;
    }

    /** The offers to do the check (hidden while there is nothing to offer). */
    @Override
    public List<Node> todayCards() {
        return List.of(offers);
    }
}
