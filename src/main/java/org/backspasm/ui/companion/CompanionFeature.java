package org.backspasm.ui.companion;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.journal.Journal;
import org.backspasm.ui.FileOpener;
import org.backspasm.ui.FxThread;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.therapy.EpisodeModel;

/**
 * Everything the episode companion adds to Today: the day plan and the follow-up card, both following the journal
 * and the current episode.
 */
public final class CompanionFeature {
    private final DayPlanModel plan;
    private final FollowUpModel followUp;
    private final DayPlanCard planCard;
    private final FollowUpView followUpView;

    private CompanionFeature(DayPlanModel plan, FollowUpModel followUp, DayPlanCard planCard,
            FollowUpView followUpView) {
        this.plan = plan;
        this.followUp = followUp;
        this.planCard = planCard;
        this.followUpView = followUpView;
    }

    /**
     * @param dismissals the follow-up cards put away (kept by the caller)
     * @param recordsDir where the doctor's record is saved before it opens
     */
    public static CompanionFeature create(Clock clock, Journal journal, EpisodeModel episode,
            FollowUpModel.Dismissals dismissals, Path recordsDir, FileOpener opener, Navigator nav,
            SourceLines sources) {
        Supplier<Optional<Instant>> onset = () -> Optional.ofNullable(episode.current()).map(Episode::onset);
        DayPlanModel plan = new DayPlanModel(journal::entries, journal::append, onset, clock);
        FollowUpModel followUp = new FollowUpModel(journal::entries, journal::append, onset, clock, dismissals,
                recordsDir, opener);
        journal.onAppend(e -> FxThread.run(() -> {
            plan.refresh();
            followUp.refresh();
        }));
        episode.currentProperty().addListener((o, a, e) -> {
            plan.refresh();
            followUp.refresh();
        });
        return new CompanionFeature(plan, followUp, new DayPlanCard(plan, nav, sources),
                new FollowUpView(followUp, sources));
    }

    /** The day plan card for Today. */
    public Node planCard() {
        return planCard;
    }

    /** The follow-up card for Today (hidden while none is due). */
    public Node followUpCard() {
        return followUpView;
    }

    /** Reads the clock again (Today is shown). */
    public void refresh() {
        plan.refresh();
        followUp.refresh();
    }
}
