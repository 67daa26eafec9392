package org.backspasm.ui.stretch;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.backspasm.core.state.Sections;
import org.backspasm.core.stretch.StretchSession;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenFeature;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.SettingsSection;

/**
 * Stretches: the routines, the player and the stretch cautions. The content (JSON) is read and checked on a thread
 * of its own while the window is built; the model is made when first needed, or at once if the content cannot be
 * used, so that the problem is reported at start.
 */
public final class StretchFeature extends ScreenFeature {
    private static final String FIGURE = "M10 1.2a2.1 2.1 0 1 1 0 4.2a2.1 2.1 0 1 1 0-4.2z"
            + "M3.5 6.8h13v1.8h-4.6v3.8l2.7 6.2h-2.1l-2.5-5.4-2.5 5.4h-2.1l2.7-6.2v-3.8h-4.6z";

    private CompletableFuture<StretchLibrary> content;
    private StretchModel model;

    public StretchFeature() {
        super(ScreenId.STRETCHES, "nav.stretches", FIGURE, KeyCode.DIGIT3);
    }

    @Override
    public void start(FeatureContext app) {
        super.start(app);
        content = CompletableFuture.supplyAsync(() -> StretchLibrary.load(app.sources()), r -> {
            Thread t = new Thread(r, "content-loader");
            t.setDaemon(true);
            t.start();
        });
        // content that cannot be read is reported at start, not only when Stretches is opened
        content.thenAccept(library -> {
            if (!library.ok()) {
                Platform.runLater(this::model);
            }
        });
    }

    /** The model, made on first use (on the FX thread). */
    private StretchModel model() {
        if (model == null) {
            StretchLibrary library = content.join();
            StretchSession session = library.ok() ? new StretchSession(app.clock(), library.content(),
                    app.state().get(Sections.STRETCH), Sections.saver(app.state(), Sections.STRETCH),
                    app.journal()::append, app.lang()::locale) : null;
            model = new StretchModel(library, session, app.ticker(), app.alerter()::cue, app.nav(), app.problems(),
                    app.lang());
            model.pageProperty().addListener((o, was, page) -> routineMoved(was, page));
        }
        return model;
    }

    /** "What helps you": a rating is offered as a routine starts (its end is the session written to the journal). */
    private void routineMoved(StretchModel.Page was, StretchModel.Page page) {
        if (page == StretchModel.Page.PLAYING && was != StretchModel.Page.PLAYING) {
            app.ratings().started(org.backspasm.core.journal.RatedActivity.ROUTINE);
        } else if (page == StretchModel.Page.PAIN) {
            app.ratings().abandoned(org.backspasm.core.journal.RatedActivity.ROUTINE); // the pain page asks its own
        }
    }

    @Override
    public Screen screen() {
        return new StretchScreen(model(), app.lines());
    }

    @Override
    public List<SettingsSection> settings() {
        if (!model().library().ok()) {
            return List.of(); // the stretches cannot be used, so there is nothing to set
        }
        return List.of(new SettingsSection(app.lang().texts("settings").get("section.stretchSafety"),
                () -> List.of(StretchSettings.section(model().routines(), app.lines(), app.lang()))));
    }

    @Override
    public void closing() {
        if (model != null) {
            model.appClosing();
        }
    }
}
