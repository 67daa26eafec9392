package org.backspasm.core.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backspasm.core.journal.CheckLevel;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchOutcome;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

class CheckOffersTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T09:30:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();

    private List<String> offers(Map<String, LocalDate> dismissed) {
        return CheckOffers.compute(journal, clock.instant(), clock.getZone(), dismissed).stream()
                .map(Offer::id).toList();
    }

    private List<String> offers() {
        return offers(Map.of());
    }

    private void started(Duration ago) {
        journal.add(new EpisodeEvent(clock.instant(), EpisodeEvent.Kind.STARTED, clock.instant().minus(ago)));
    }

    private void checkDone() {
        journal.add(new WarningSignCheckRecord(clock.instant(), CheckLevel.NONE, Map.of(), List.of(), List.of()));
    }

    @Test
    void nothingToOfferOnAQuietJournal() {
        assertTrue(offers().isEmpty());
        started(Duration.ofDays(6));
        assertTrue(offers().isEmpty());
    }

    /** Ratings that fell from 7 in the first days to 3 lately: the companion's follow-up card is not due. */
    private void easing(Duration sinceOnset) {
        Instant onset = clock.instant().minus(sinceOnset);
        journal.add(new PainRating(onset.plus(Duration.ofHours(12)), 7, "", ""));
        journal.add(new PainRating(clock.instant().minus(Duration.ofHours(30)), 3, "", ""));
    }

    @Test
    void anEpisodeOverAWeekOldIsOfferedUntilItEndsOrACheckIsDone() {
        started(Duration.ofDays(3));
        clock.advance(Duration.ofDays(5));
        easing(Duration.ofDays(8));
        assertEquals(List.of(Offer.EPISODE_WEEK), offers());
        String reason = CheckOffers.compute(journal, clock.instant(), clock.getZone(), Map.of()).get(0).reason();
        assertTrue(reason.contains("8 days ago"), reason);
        clock.advanceMinutes(1);
        journal.add(new EpisodeEvent(clock.instant(), EpisodeEvent.Kind.ENDED, clock.instant().minus(Duration.ofDays(8))));
        assertTrue(offers().isEmpty());
        journal.clear();
        started(Duration.ofDays(9));
        easing(Duration.ofDays(9));
        checkDone();
        clock.advanceMinutes(5);
        assertTrue(offers().isEmpty(), "a check after the week mark answers the offer");
    }

    @Test
    void theEpisodeAgeComesFromTheLatestStartUnlessItEnded() {
        assertTrue(CheckOffers.episodeAgeText(journal, clock.instant()).isEmpty());
        started(Duration.ofDays(10));
        assertEquals("From the start you entered, your back pain began 10 days ago.",
                CheckOffers.episodeAgeText(journal, clock.instant()).orElseThrow());
        clock.advanceMinutes(1);
        journal.add(new EpisodeEvent(clock.instant(), EpisodeEvent.Kind.ENDED, clock.instant()));
        assertTrue(CheckOffers.episodeAgeText(journal, clock.instant()).isEmpty());
    }

    @Test
    void anOnsetOverTwelveWeeksAgoGivesTheLongTermOffer() {
        started(Duration.ofDays(7 * 13));
        journal.add(new PainRating(clock.instant().minus(Duration.ofDays(1)), 0, "", "")); // no follow-up card
        assertEquals(List.of(Offer.LONG_TERM), offers());
    }

    /**
     * Issue 17: on Today, "not better after a week" (or 6 or 12 weeks) is said once, by the companion's follow-up
     * card (with the check and the doctor's record one click away); while it is due these offers stay quiet.
     */
    @Test
    void whileTheFollowUpCardIsDueTheEpisodeOffersStayQuiet() {
        started(Duration.ofDays(8)); // no ratings: the follow-up card asks "Compared with the start…?"
        assertEquals(List.of(), offers());
        journal.add(new org.backspasm.core.journal.ProgressAnswer(clock.instant(),
                org.backspasm.core.journal.Progress.MUCH_BETTER));
        assertEquals(List.of(Offer.EPISODE_WEEK), offers(), "better: no card, so the check is offered as before");
        journal.clear();
        started(Duration.ofDays(7 * 13)); // still open after 12 weeks: the twelve-week card
        assertEquals(List.of(), offers());
    }

    @Test
    void aHighPainRatingInTheLastDay() {
        journal.add(new PainRating(clock.instant(), 8, "", ""));
        assertEquals(List.of(Offer.HIGH_PAIN), offers());
        clock.advance(Duration.ofHours(25));
        assertTrue(offers().isEmpty(), "old rating");
        journal.add(new PainRating(clock.instant(), 9, "", ""));
        clock.advanceMinutes(10);
        journal.add(new PainRating(clock.instant(), 4, "", ""));
        assertTrue(offers().isEmpty(), "the latest rating is what counts");
        journal.add(new PainRating(clock.instant().plusSeconds(1), 7, "", ""));
        clock.advanceMinutes(1);
        assertEquals(List.of(Offer.PAIN_RISE), offers(), "7 is below 8: no high-pain offer; but it rose 3 from the 4 "
                + "just before, so the check is offered again (CLINICAL-FACTS 6)");
    }

    @Test
    void aStretchStoppedForPain() {
        journal.add(new StretchSessionRecord(clock.instant(), "gentle", "Gentle relief", clock.instant(),
                StretchOutcome.COMPLETED, List.of(), null, null, null));
        assertTrue(offers().isEmpty());
        clock.advanceMinutes(30);
        journal.add(new StretchSessionRecord(clock.instant(), "gentle", "Gentle relief", clock.instant(),
                StretchOutcome.STOPPED_FOR_PAIN, List.of(), "cat-cow", "1", 7));
        assertEquals(List.of(Offer.STRETCH_PAIN), offers());
        assertTrue(CheckOffers.compute(journal, clock.instant(), clock.getZone(), Map.of()).get(0).reason()
                .contains("10:00"));
    }

    @Test
    void aDismissedOfferStaysAwayForThatDayOnly() {
        journal.add(new PainRating(clock.instant(), 9, "", ""));
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertTrue(offers(Map.of(Offer.HIGH_PAIN, today)).isEmpty());
        assertEquals(List.of(Offer.HIGH_PAIN), offers(Map.of(Offer.HIGH_PAIN, today.minusDays(1))));
        clock.advance(Duration.ofHours(15)); // 00:30 on the 23rd in London
        assertEquals(List.of(Offer.HIGH_PAIN), offers(Map.of(Offer.HIGH_PAIN, today)));
    }

    private void rated(int score) {
        journal.add(new PainRating(clock.instant(), score, "", ""));
    }

    private List<String> offers(OfferDismissals state) {
        return CheckOffers.compute(journal, clock.instant(), clock.getZone(), state).stream().map(Offer::id).toList();
    }

    @Test
    void aPainRatingTwoOrMoreAboveOneOfTheDayBeforeOffersTheCheckAgain() {
        rated(3);
        clock.advance(Duration.ofHours(5));
        rated(4);
        assertTrue(offers().isEmpty(), "up by 1: nothing");
        clock.advance(Duration.ofHours(5));
        rated(5);
        assertEquals(List.of(Offer.PAIN_RISE), offers(), "up by 2 from the 3 of ten hours ago");
        String reason = CheckOffers.compute(journal, clock.instant(), clock.getZone(), Map.of()).get(0).reason();
        assertTrue(reason.contains("from 3") && reason.contains("to 5"), reason);
        clock.advanceMinutes(2);
        checkDone();
        assertTrue(offers().isEmpty(), "a check after the rise: offered no more");
        clock.advance(Duration.ofHours(1));
        rated(7);
        assertEquals(List.of(Offer.PAIN_RISE), offers(), "a new rise after the check: offered again");
        assertTrue(offers(Map.of(Offer.PAIN_RISE, clock.instant().atZone(clock.getZone()).toLocalDate())).isEmpty(),
                "put away for the day");
    }

    @Test
    void aRiseOverMoreThanADayOrAFallDoesNotCount() {
        rated(2);
        clock.advance(Duration.ofHours(25));
        rated(5);
        assertTrue(offers().isEmpty(), "the 2 is more than a day before the 5");
        clock.advance(Duration.ofHours(1));
        rated(3);
        assertTrue(offers().isEmpty(), "the latest rating went down");
    }

    @Test
    void somethingNewOffersTheCheckUntilACheckIsDoneOrItIsPutAway() {
        OfferDismissals state = OfferDismissals.none().somethingNew(clock.instant());
        assertEquals(List.of(Offer.SOMETHING_NEW), offers(state));
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        OfferDismissals putAway = state.dismiss(Offer.SOMETHING_NEW, today);
        assertEquals(state.somethingNewAt(), putAway.somethingNewAt(), "putting it away keeps when it was noted");
        assertTrue(offers(putAway).isEmpty());
        clock.advanceMinutes(30);
        assertEquals(List.of(Offer.SOMETHING_NEW), offers(putAway.somethingNew(clock.instant())),
                "something new again: offered again, the same day");
        clock.advanceMinutes(1);
        checkDone();
        assertTrue(offers(state).isEmpty(), "a check after it");
        clock.advance(Duration.ofDays(2));
        assertTrue(offers(OfferDismissals.none().somethingNew(clock.instant().minus(Duration.ofDays(2)))).isEmpty(),
                "older than a day");
    }
}
