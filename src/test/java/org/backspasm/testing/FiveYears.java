package org.backspasm.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.core.warningsigns.Answer;
import org.backspasm.core.warningsigns.Assessment;
import org.backspasm.core.warningsigns.CheckRecords;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.warningsigns.SignCatalog;
import org.backspasm.core.warningsigns.WarningSign;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;

/**
 * Five years of heavy use, made through the core API as the app makes it: every day an episode may start or end,
 * three ice, heat or alternating sessions run to the end (each pack and skin break journalled by
 * {@link TherapySession}), about forty pain ratings, and every week a warning-sign check answered "no" throughout.
 */
public final class FiveYears {
    public static final Instant END = Instant.parse("2026-11-22T09:00:00Z");
    private static SignCatalog catalog;

    private FiveYears() {
    }

    /** Exactly {@code count} entries, oldest first, ending just before {@link #END}. */
    public static List<JournalEntry> entries(int count) {
        List<JournalEntry> out = new ArrayList<>(count + 64);
        FakeClock clock = new FakeClock(END.minus(Duration.ofDays(5 * 365)), ZoneId.of("Europe/London"));
        EpisodeBook episodes = new EpisodeBook(clock, null, e -> { }, out::add);
        TherapySession therapy = new TherapySession(clock, TherapyState.EMPTY, s -> { }, out::add);
        Mode[] modes = Mode.values();
        for (int day = 0; out.size() < count; day++) {
            Instant morning = clock.instant();
            if (day % 30 == 0) {
                episodes.start(morning.minus(Duration.ofHours(3)));
            } else if (day % 30 == 20) {
                episodes.end();
            }
            for (int session = 0; session < 3; session++) {
                therapy.start(TherapyPlan.defaults(modes[(day + session) % modes.length]));
                for (int segment = 0; segment < 3; segment++) {
                    clock.advance(Duration.ofMinutes(20));
                    therapy.next(true);
                }
                clock.advance(Duration.ofMinutes(30));
            }
            for (int r = 0; r < 40; r++) {
                out.add(new PainRating(clock.instant(), (day + r) % 11, r % 7 == 0 ? "after bending" : "", "daily"));
                clock.advance(Duration.ofMinutes(9));
            }
            if (day % 7 == 0) {
                out.add(check(clock.instant()));
            }
            clock.set(morning.plus(Duration.ofDays(1)));
        }
        return out.subList(0, count);
    }

    /** A warning-sign check with every question answered "no", as the check screen records it. */
    public static WarningSignCheckRecord check(Instant at) {
        try {
            if (catalog == null) {
                catalog = SignCatalog.loadDefault();
            }
        } catch (ContentException e) {
            throw new IllegalStateException(e);
        }
        Assessment a = Assessment.start(catalog);
        for (WarningSign s : catalog.signs()) {
            a = a.with(s.id(), Answer.NO);
        }
        return CheckRecords.toRecord(a, at);
    }
}
