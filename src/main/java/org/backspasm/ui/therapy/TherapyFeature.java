package org.backspasm.ui.therapy;

import org.backspasm.core.episode.OnsetCheck;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.status.EpisodeStatus;
import org.backspasm.core.state.Sections;
import org.backspasm.core.status.StatusPart;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.status.TimerStatus;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenFeature;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.SettingsSection;
import org.backspasm.ui.settings.AlertSettingsPane;

/**
 * Ice & Heat: the episode clock and the ice and heat timer. Its model (the timer, its alarms and alerts) runs from
 * the start, whether or not the screen was ever built; Today shows the running timer and the episode.
 */
public final class TherapyFeature extends ScreenFeature {
    private static final String THERMOMETER = "M7.6 3.2a2.4 2.4 0 0 1 4.8 0v7.9a4.3 4.3 0 1 1-4.8 0z"
            + "M9.2 3.2v8.8a2.7 2.7 0 1 0 1.6 0v-8.8a0.8 0.8 0 0 0-1.6 0z";

    private TherapyModel model;
    private AlertSettingsPane alertSettings;

    public TherapyFeature() {
        super(ScreenId.THERAPY, "nav.therapy", THERMOMETER, KeyCode.DIGIT2);
    }

    @Override
    public List<StatusPart> status() {
        return List.of(new EpisodeStatus(), new TimerStatus());
    }

    @Override
    public void start(FeatureContext app) {
        super.start(app);
        alertSettings = new AlertSettingsPane(app.state().get(Sections.ALERTS),
                Sections.saver(app.state(), Sections.ALERTS));
        app.alerter().setSwitches(() -> alertSettings.get().raises(), () -> alertSettings.get().notifiesDesktop());
        EpisodeModel episode = new EpisodeModel(new EpisodeBook(app.clock(), app.state().get(Sections.EPISODE),
                Sections.saver(app.state(), Sections.EPISODE), app.journal()::append));
        TherapySession session = new TherapySession(app.clock(), app.alarms()::monotonicNanos,
                () -> app.alarms().bootTimeNanos().orElse(-1), app.state().get(Sections.THERAPY),
                Sections.saver(app.state(), Sections.THERAPY), app.journal()::append);
        session.speakIn(app.lang().locale()); // alerts and notices in the window's language, and after a change
        app.lang().localeProperty().addListener((o, was, now) -> session.speakIn(now));
        model = new TherapyModel(session, episode, app.ticker(), app.alerter(), app.alarms(), app.lang());
        TherapyActivity.follow(session, app.ratings()); // "What helps you": a rating before and after
    }

    /** The timer's model (the window's tray icon follows it). */
    public TherapyModel model() {
        return model;
    }

    @Override
    public Screen screen() {
        return new TherapyScreen(model, app.nav(), app.lines(), app.lang());
    }

    @Override
    public List<SettingsSection> settings() {
        return List.of(new SettingsSection(app.lang().texts("settings").get("section.alerts"), () -> List.of(alertSettings.nodes(app.lang().texts("alarms")))),
                new SettingsSection(app.lang().texts("settings").get("section.therapySafety"), () -> List.of(SafetySettings.nodes(model, app.lines()))));
    }

    @Override
    public List<Node> todayCards() {
        return List.of(new RunningTimerCard(model, app.nav()),
                new EpisodeCard(new EpisodeCardModel(model.episode(), app.lang()), app.nav(), EpisodeCard.TODAY, true,
                        app.lines(), app.lang().texts(OnsetCheck.BUNDLE)));
    }
}
