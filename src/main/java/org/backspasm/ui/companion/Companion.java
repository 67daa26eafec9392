package org.backspasm.ui.companion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.backspasm.core.companion.FollowUpDismissals;
import org.backspasm.core.companion.FollowUpWording;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.state.Sections;
import org.backspasm.core.warningsigns.CheckOffers;
import org.backspasm.ui.FeatureContext;
import org.backspasm.ui.FxThread;
import org.backspasm.ui.ScreenId;

/**
 * The episode companion on Today: the day plan and the follow-up card, both following the journal (where every
 * start and end of an episode is recorded, so the current onset is read from it). Made when Today starts; its cards
 * are made once, when Today's screen is built.
 */
public final class Companion {
    private final DayPlanModel plan;
    private final FollowUpModel followUp;
    private final FeatureContext app;

    private Companion(DayPlanModel plan, FollowUpModel followUp, FeatureContext app) {
        this.plan = plan;
        this.followUp = followUp;
        this.app = app;
    }

    /** Makes the models and has them follow the journal; the doctor's record goes to {@code records/}. */
    public static Companion start(FeatureContext app) {
        Clock clock = app.clock();
        Journal journal = app.journal();
        Supplier<Optional<Instant>> onset = () -> CheckOffers.currentOnset(journal.entries(), clock.instant());
        DayPlanModel plan = new DayPlanModel(journal::entries, journal::append, onset, clock, app.lang(),
                app.ratings());
        FollowUpModel followUp = new FollowUpModel(journal::entries, journal::append, onset, clock,
                new FollowUpModel.Dismissals() {
                    @Override
                    public FollowUpDismissals load() {
                        return app.state().get(Sections.FOLLOW_UP);
                    }

                    @Override
                    public void save(FollowUpDismissals d) {
                        app.state().put(Sections.FOLLOW_UP, d);
                    }
                }, app.dataDir().resolve("records"), app.opener(), app.files(), app.lang());
        journal.onAppend(e -> FxThread.run(() -> {
            plan.refresh();
            followUp.refresh();
        }));
        return new Companion(plan, followUp, app);
    }

    /** The follow-up card (hidden while none is due) and the day plan, for Today. */
    public List<Node> todayCards() {
        return List.of(new FollowUpView(followUp, app.lines(), app.lang().texts(FollowUpWording.BUNDLE),
                () -> app.nav().show(ScreenId.WARNING_SIGNS)),
                new DayPlanCard(plan, app.nav(), app.lines(), app.lang()));
    }
}
