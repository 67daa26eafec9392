package org.backspasm.core.companion;

import java.util.Objects;

/**
 * A follow-up card for Today: its title, why it is shown now (from the user's own record, in plain words), and
 * what to do, with sources.
 */
public record FollowUpCard(FollowUpKind kind, String title, String why, Sourced advice) {
    public FollowUpCard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(advice, "advice");
    }
}
