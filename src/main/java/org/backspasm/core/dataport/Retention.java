package org.backspasm.core.dataport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest of each of the last {@link #DAYS} days that have one, and the newest
 * of each of the last {@link #WEEKS} ISO weeks that have one (days and weeks in the user's time zone). The rest go.
 */
public final class Retention {
    public static final int DAYS = 7;
    public static final int WEEKS = 4;

    private Retention() {
    }

    /** The instants to keep, out of the times the backups were made. */
    public static Set<Instant> keep(List<Instant> made, ZoneId zone) {
        List<Instant> newestFirst = new ArrayList<>(made);
        newestFirst.sort(Comparator.reverseOrder());
        Set<Instant> keep = new LinkedHashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<Long> weeks = new HashSet<>();
        for (Instant t : newestFirst) {
            LocalDate day = t.atZone(zone).toLocalDate();
            long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (days.size() < DAYS && days.add(day)) {
                keep.add(t);
            }
            if (weeks.size() < WEEKS && weeks.add(week)) {
                keep.add(t);
            }
        }
        return keep;
    }
}
