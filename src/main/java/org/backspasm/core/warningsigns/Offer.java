package org.backspasm.core.warningsigns;

import java.util.List;

/** A suggestion to do the warning-sign check, with the reason it appears (in plain words) and its source ids. */
public record Offer(String id, String reason, List<String> sources) {
    public Offer {
        sources = List.copyOf(sources);
    }

    public static final String EPISODE_WEEK = "episode-week";
    public static final String LONG_TERM = "long-term";
    public static final String HIGH_PAIN = "high-pain";
    public static final String STRETCH_PAIN = "stretch-pain";
}
