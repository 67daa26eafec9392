package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.Progress;
import org.backspasm.core.journal.ProgressAnswer;
import org.backspasm.core.journal.RatedActivity;
import org.backspasm.core.journal.RatingMoment;
import org.backspasm.core.journal.WalkRecord;
import org.backspasm.core.journal.WalkSource;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The companion's journal kinds (a walk, the progress answer, a rating around an activity) keep and read back. */
class CompanionEntriesTest {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theNewKindsRoundTripThroughTheJournalFile() throws Exception {
        FakeClock clock = FakeClock.at("2026-12-01T11:00:00Z");
        JournalStore j = JournalStore.open(dir, Runnable::run, new StoreNotices(), clock);
        List<JournalEntry> written = List.of(
                new WalkRecord(T, 10, WalkSource.I_WALKED),
                new WalkRecord(T, null, WalkSource.REMINDER_DONE),
                new ProgressAnswer(T, Progress.ABOUT_THE_SAME),
                PainRating.around(T, 6, RatedActivity.HEAT, RatingMoment.BEFORE),
                new PainRating(T, 3, "ok", ""));
        written.forEach(j::append);
        StoreNotices notices = new StoreNotices();
        List<JournalEntry> read = JournalStore.open(dir, Runnable::run, notices, clock).entries();
        assertEquals(written, read);
        assertEquals(List.of(), notices.peekAll());
        assertEquals(List.of("Walk, 10 min", "Walk", "Compared with the start: about the same",
                "Pain 6/10 (before: heat)", "Pain 3/10: ok"), read.stream().map(JournalEntry::summary).toList());
    }

    @Test
    void valuesThisVersionDoesNotKnowReadAsUnknownAndAnOldRatingHasNoActivity() {
        WalkRecord w = (WalkRecord) JournalCodec.decode(
                "{\"type\":\"WalkRecord\",\"at\":\"2026-12-01T10:00:00Z\",\"source\":\"WATCH\"}");
        assertEquals(WalkSource.UNKNOWN, w.source());
        assertNull(w.minutes());
        ProgressAnswer a = (ProgressAnswer) JournalCodec.decode(
                "{\"type\":\"ProgressAnswer\",\"at\":\"2026-12-01T10:00:00Z\",\"answer\":\"GONE\"}");
        assertEquals(Progress.UNKNOWN, a.answer());
        PainRating old = (PainRating) JournalCodec.decode(
                "{\"type\":\"PainRating\",\"at\":\"2026-11-20T08:00:00Z\",\"score\":7,\"note\":\"\",\"context\":\"\"}");
        assertNull(old.activity());
        assertEquals(new PainRating(Instant.parse("2026-11-20T08:00:00Z"), 7, "", ""), old);
        PainRating odd = (PainRating) JournalCodec.decode("{\"type\":\"PainRating\",\"at\":\"2026-11-20T08:00:00Z\","
                + "\"score\":7,\"activity\":\"SWIM\",\"moment\":\"DURING\"}");
        assertEquals(RatedActivity.UNKNOWN, odd.activity());
        assertEquals(RatingMoment.UNKNOWN, odd.moment());
    }
}
