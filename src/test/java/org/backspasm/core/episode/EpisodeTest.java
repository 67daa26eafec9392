package org.backspasm.core.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

class EpisodeTest {
    private static final Instant ONSET = Instant.parse("2026-11-20T08:00:00Z");
    private final Episode episode = new Episode(ONSET, ONSET);

    private Phase phaseAfter(Duration d) {
        return episode.phaseAt(ONSET.plus(d));
    }

    @Test
    void phaseBoundaries() {
        assertEquals(Phase.ICE_WINDOW, phaseAfter(Duration.ZERO));
        assertEquals(Phase.ICE_WINDOW, phaseAfter(Duration.ofHours(47).plusMinutes(59)));
        assertEquals(Phase.SWITCHOVER_WINDOW, phaseAfter(Duration.ofHours(48)));
        assertEquals(Phase.SWITCHOVER_WINDOW, phaseAfter(Duration.ofHours(71).plusMinutes(59)));
        assertEquals(Phase.HEAT_WINDOW, phaseAfter(Duration.ofHours(72)));
        assertEquals(Phase.HEAT_WINDOW, phaseAfter(Duration.ofDays(84)));
        assertEquals(Phase.CHRONIC, phaseAfter(Duration.ofDays(84).plusMinutes(1)));
    }

    @Test
    void hoursAndTimeLeft() {
        Instant now = ONSET.plus(Duration.ofHours(47).plusMinutes(59));
        assertEquals(47, episode.hoursSinceOnset(now));
        assertEquals(Duration.ofMinutes(1), episode.untilSwitchover(now));
        assertEquals(Duration.ofHours(24).plusMinutes(1), episode.untilHeatWindow(now));
        Instant later = ONSET.plus(Duration.ofHours(80));
        assertEquals(Duration.ZERO, episode.untilSwitchover(later));
        assertEquals(Duration.ZERO, episode.untilHeatWindow(later));
    }

    @Test
    void clockBeforeOnsetNeverGivesNegativeTime() {
        Instant before = ONSET.minus(Duration.ofHours(1));
        assertEquals(Duration.ZERO, episode.sinceOnset(before));
        assertEquals(Phase.ICE_WINDOW, episode.phaseAt(before));
        assertEquals(Duration.ofHours(48), episode.untilSwitchover(before));
    }

    @Test
    void sevenDaysSuggestsWarningSignCheck() {
        assertFalse(episode.suggestsWarningSignCheck(ONSET.plus(Duration.ofDays(7).minusMinutes(1))));
        assertTrue(episode.suggestsWarningSignCheck(ONSET.plus(Duration.ofDays(7))));
    }

    @Test
    void onsetChecks() {
        ZoneId zone = ZoneId.of("Europe/London");
        Instant now = Instant.parse("2026-11-22T09:30:00Z");
        assertEquals(OnsetCheck.Verdict.OK, OnsetCheck.of(now, now, zone).verdict());
        assertEquals(OnsetCheck.Verdict.REFUSED, OnsetCheck.of(now.plusSeconds(60), now, zone).verdict());
        assertTrue(OnsetCheck.of(now.plusSeconds(60), now, zone).message().contains("future"));
        assertEquals(OnsetCheck.Verdict.REFUSED,
                OnsetCheck.of(Instant.parse("2021-11-22T09:00:00Z"), now, zone).verdict());
        assertEquals(OnsetCheck.Verdict.CHRONIC,
                OnsetCheck.of(Instant.parse("2021-11-22T10:00:00Z"), now, zone).verdict());
        OnsetCheck chronic = OnsetCheck.of(now.minus(Duration.ofDays(90)), now, zone);
        assertEquals(OnsetCheck.Verdict.CHRONIC, chronic.verdict());
        assertTrue(chronic.accepted());
        assertTrue(chronic.message().contains("warning-sign check"));
        assertEquals(OnsetCheck.Verdict.OK, OnsetCheck.of(now.minus(Duration.ofDays(84)), now, zone).verdict());
    }

    @Test
    void quickPicksFollowTheLocalCalendarAcrossDaylightSaving() {
        // London clocks go back at 02:00 BST on Sunday 25 October 2026 (01:00 UTC)
        FakeClock clock = FakeClock.at("2026-10-26T10:00:00Z"); // Monday 10:00 GMT
        assertEquals(Instant.parse("2026-10-26T10:00:00Z"), OnsetPick.JUST_NOW.resolve(clock));
        assertEquals(Instant.parse("2026-10-26T08:00:00Z"), OnsetPick.THIS_MORNING.resolve(clock));
        assertEquals(Instant.parse("2026-10-25T22:00:00Z"), OnsetPick.LAST_NIGHT.resolve(clock));
        assertEquals(Instant.parse("2026-10-25T12:00:00Z"), OnsetPick.YESTERDAY.resolve(clock));
        assertEquals(Instant.parse("2026-10-24T11:00:00Z"), OnsetPick.TWO_DAYS_AGO.resolve(clock)); // noon BST
        FakeClock early = FakeClock.at("2026-11-22T06:30:00Z");
        assertEquals(early.instant(), OnsetPick.THIS_MORNING.resolve(early), "never in the future");
    }

    @Test
    void startAndEndAreJournalledAndSaved() {
        FakeClock clock = FakeClock.at("2026-11-22T09:30:00Z");
        List<JournalEntry> journal = new ArrayList<>();
        List<Episode> saved = new ArrayList<>();
        EpisodeBook book = new EpisodeBook(clock, null, saved::add, journal::add);

        assertFalse(book.start(clock.instant().plusSeconds(3600)).accepted());
        assertTrue(journal.isEmpty());
        assertTrue(book.current().isEmpty());

        Instant onset = OnsetPick.LAST_NIGHT.resolve(clock);
        assertTrue(book.start(onset).accepted());
        assertEquals(onset, book.current().orElseThrow().onset());
        assertEquals(List.of(new EpisodeEvent(clock.instant(), EpisodeEvent.Kind.STARTED, onset)), journal);

        clock.advance(Duration.ofDays(3));
        Instant second = clock.instant().minusSeconds(600);
        book.start(second);
        assertEquals(3, journal.size());
        assertEquals(EpisodeEvent.Kind.ENDED, ((EpisodeEvent) journal.get(1)).kind());
        assertEquals(onset, ((EpisodeEvent) journal.get(1)).onset());
        assertEquals(EpisodeEvent.Kind.STARTED, ((EpisodeEvent) journal.get(2)).kind());

        book.end();
        assertTrue(book.current().isEmpty());
        assertEquals(EpisodeEvent.Kind.ENDED, ((EpisodeEvent) journal.get(3)).kind());
        assertEquals(null, saved.get(saved.size() - 1));
        book.end();
        assertEquals(4, journal.size(), "ending with no episode does nothing");
    }
}
