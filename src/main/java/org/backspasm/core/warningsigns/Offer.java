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
    /** CLINICAL-FACTS 6, "check again": the pain rating rose by 2 or more within a day. */
    public static final String PAIN_RISE = "pain-rise";
    /** CLINICAL-FACTS 6, "check again": the user said something new has happened. */
    public static final String SOMETHING_NEW = "something-new";
}
