package org.backspasm.core.companion;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What suits today in this episode: the day number (empty without an onset, when the plan is for the first days),
 * the stage, a line about the stage, and the things to do with how far each is done today.
 */
public record DayPlan(OptionalLong day, EpisodeStage stage, Sourced about, List<PlanItem> items) {
    public DayPlan {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(about, "about");
        items = List.copyOf(items);
    }

    /** True when the onset is not known and the plan is the one for the first days. */
    public boolean withoutOnset() {
        return day.isEmpty();
    }

    public boolean allDone() {
        return items.stream().allMatch(PlanItem::done);
    }
}
