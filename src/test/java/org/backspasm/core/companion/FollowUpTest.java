package org.backspasm.core.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import static java.util.Locale.UK;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.Progress;
import org.backspasm.core.journal.ProgressAnswer;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

/**
 * The follow-up rules of CLINICAL-FACTS 6 around each mark (days 6/7/8, 41/42/43, 83/84/85), with the user's own
 * ratings and without them (then the answer to "Compared with the start, is your back…?").
 */
class FollowUpTest {
    private static final Instant ONSET = Instant.parse("2026-11-01T08:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private final FakeClock clock = new FakeClock(ONSET, ZONE);
    private final List<JournalEntry> journal = new ArrayList<>();

    private Optional<FollowUpKind> at(Duration sinceOnset) {
        clock.set(ONSET.plus(sinceOnset));
        return FollowUp.card(ONSET, journal, clock.instant(), ZONE, FollowUpDismissals.none(), UK)
                .map(FollowUpCard::kind);
    }

    private Optional<FollowUpKind> onDay(long days) {
        return at(Duration.ofDays(days));
    }

    private void rate(Duration sinceOnset, int score) {
        journal.add(new PainRating(ONSET.plus(sinceOnset), score, "", ""));
    }

    /** Ratings of 7 in the first days and of {@code lately} every day from day 3 on. */
    private void ratingsFrom7To(int lately) {
        rate(Duration.ofHours(2), 7);
        rate(Duration.ofHours(30), 7);
        for (int d = 3; d <= 90; d++) {
            rate(Duration.ofDays(d).minusHours(1), lately);
        }
    }

    @Test
    void ratingsThatHaveNotFallenGiveTheOneWeekCardFromDaySeven() {
        ratingsFrom7To(6);
        assertEquals(Optional.empty(), onDay(6));
        assertEquals(Optional.empty(), at(Duration.ofDays(7).minusMinutes(1)));
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(7));
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(8));
        FollowUpCard card = FollowUp.card(ONSET, journal, clock.instant(), ZONE, FollowUpDismissals.none(), UK).get();
        assertEquals("Not better after a week: book an appointment", card.title());
        assertTrue(card.why().contains("day 9") && card.why().contains("(6 out of 10)")
                && card.why().contains("(7 out of 10)"), card.why());
        assertEquals(List.of("CSP", "NHS-INFORM", "MAYO-BP"), card.advice().sources());
    }

    @Test
    void aFallOfTwoPointsOrThirtyPercentIsBetterAndGivesNoCard() {
        ratingsFrom7To(5); // two points
        for (long d : new long[] {6, 7, 8}) {
            assertEquals(Optional.empty(), onDay(d), "day " + d);
        }
        journal.clear();
        rate(Duration.ofHours(5), 3);
        rate(Duration.ofDays(6).plusHours(20), 2); // one point, but 33 %
        assertEquals(Optional.empty(), onDay(7));
        journal.clear();
        rate(Duration.ofHours(5), 8);
        rate(Duration.ofDays(6).plusHours(20), 7); // one point, 12.5 %
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(7));
    }

    @Test
    void aRatingJustAfterIceHeatARoutineOrAWalkIsNotTheTrend() {
        ratingsFrom7To(6); // not fallen: the one-week card
        for (int d = 5; d <= 8; d++) { // the relief just after heat, every day: still not how the back is going
            journal.add(org.backspasm.core.journal.PainRating.around(ONSET.plus(Duration.ofDays(d)), 2,
                    org.backspasm.core.journal.RatedActivity.HEAT, org.backspasm.core.journal.RatingMoment.AFTER));
        }
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(8));
        for (int d = 6; d <= 8; d++) {
            journal.add(org.backspasm.core.journal.PainRating.around(ONSET.plus(Duration.ofDays(d).minusHours(2)), 3,
                    org.backspasm.core.journal.RatedActivity.HEAT, org.backspasm.core.journal.RatingMoment.BEFORE));
        }
        journal.add(org.backspasm.core.journal.PainRating.around(ONSET.plus(Duration.ofDays(5).plusHours(1)), 3,
                org.backspasm.core.journal.RatedActivity.WALK, org.backspasm.core.journal.RatingMoment.BEFORE));
        assertEquals(Optional.empty(), onDay(8), "a rating before an activity is the pain as it is: it counts");
    }

    @Test
    void withoutRatingsTheQuestionIsAskedFromDaySevenAndItsAnswerDecides() {
        assertEquals(Optional.empty(), onDay(6));
        assertEquals(Optional.of(FollowUpKind.ASK_PROGRESS), onDay(7));
        assertEquals(Optional.of(FollowUpKind.ASK_PROGRESS), onDay(8));

        journal.add(new ProgressAnswer(clock.instant(), Progress.ABOUT_THE_SAME));
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(8));
        journal.add(new ProgressAnswer(clock.instant(), Progress.A_LITTLE_BETTER));
        assertEquals(Optional.empty(), onDay(8));
        journal.add(new ProgressAnswer(clock.instant(), Progress.WORSE));
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(8));
        assertEquals(Optional.of(FollowUpKind.ASK_PROGRESS), onDay(16), "an answer counts for a week, then it asks");
    }

    @Test
    void ratingsOnlyFromTheFirstDaysAreNotEnoughToCompareSoItAsks() {
        rate(Duration.ofHours(3), 8);
        assertEquals(Optional.of(FollowUpKind.ASK_PROGRESS), onDay(8));
        rate(Duration.ofDays(8).minusHours(2), 8);
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(8));
    }

    @Test
    void atSixWeeksTheSixWeekCardWhileThePainIsStillThere() {
        ratingsFrom7To(3); // better after a week, but still there
        assertEquals(Optional.empty(), onDay(41));
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(42));
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(43));

        journal.clear();
        ratingsFrom7To(7); // not better at all
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(41));
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(42));
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(43));

        journal.clear();
        ratingsFrom7To(0); // gone
        for (long d : new long[] {41, 42, 43}) {
            assertEquals(Optional.empty(), onDay(d), "day " + d);
        }
    }

    @Test
    void atSixWeeksWithoutRatingsTheOpenEpisodeIsWhatTellsItIsStillThere() {
        journal.add(new ProgressAnswer(ONSET.plus(Duration.ofDays(40)), Progress.ABOUT_THE_SAME));
        assertEquals(Optional.of(FollowUpKind.ONE_WEEK), onDay(41));
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(42));
        FollowUpCard card = FollowUp.card(ONSET, journal, clock.instant(), ZONE, FollowUpDismissals.none(), UK).get();
        assertTrue(card.why().contains("day 43") && card.why().contains("still open"), card.why());
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(43));
    }

    @Test
    void strictlyOverTwelveWeeksTheTwelveWeekCard() {
        ratingsFrom7To(4);
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(83));
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(84), "12 weeks to the minute is not yet over");
        assertEquals(Optional.of(FollowUpKind.TWELVE_WEEKS), at(Duration.ofDays(84).plusMinutes(1)));
        assertEquals(Optional.of(FollowUpKind.TWELVE_WEEKS), onDay(85));
        FollowUpCard card = FollowUp.card(ONSET, journal, clock.instant(), ZONE, FollowUpDismissals.none(), UK).get();
        assertTrue(card.why().contains("4 out of 10"), card.why());
        assertEquals(List.of("NICE-NG59", "ACP2017"), card.advice().sources());

        journal.clear();
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(83));
        assertEquals(Optional.of(FollowUpKind.SIX_WEEKS), onDay(84));
        assertEquals(Optional.of(FollowUpKind.TWELVE_WEEKS), onDay(85));
        journal.add(new PainRating(clock.instant(), 0, "", ""));
        assertEquals(Optional.empty(), onDay(85), "a rating of 0 in the last week: the pain is gone");
    }

    @Test
    void notNowPutsTheCardAwayForAWeekForThisEpisodeOnly() {
        ratingsFrom7To(7);
        clock.set(ONSET.plus(Duration.ofDays(8)));
        FollowUpDismissals d = FollowUpDismissals.none().dismiss(FollowUpKind.ONE_WEEK, ONSET, clock.instant());
        assertEquals(Optional.empty(), FollowUp.card(ONSET, journal, clock.instant(), ZONE, d, UK));
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertEquals(Optional.empty(), FollowUp.card(ONSET, journal, clock.instant(), ZONE, d, UK));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(FollowUpKind.ONE_WEEK,
                FollowUp.card(ONSET, journal, clock.instant(), ZONE, d, UK).get().kind(), "back after a week");
        Instant other = ONSET.plus(Duration.ofHours(1));
        assertTrue(!d.hidden(FollowUpKind.ONE_WEEK, other, ONSET.plus(Duration.ofDays(9))), "another episode");
    }

    @Test
    void inSpanishTheSameCardSaysItInSpanishWithTheUsersNumbers() {
        rate(Duration.ofHours(2), 7);
        rate(Duration.ofHours(30), 6);
        for (int d = 5; d <= 9; d++) {
            rate(Duration.ofDays(d).minusHours(1), 6);
        }
        clock.set(ONSET.plus(Duration.ofDays(8)));
        FollowUpCard card = FollowUp.card(ONSET, journal, clock.instant(), ZONE, FollowUpDismissals.none(),
                java.util.Locale.forLanguageTag("es-ES")).get();
        assertEquals(FollowUpKind.ONE_WEEK, card.kind());
        assertEquals("No mejora después de una semana: pida cita", card.title());
        assertTrue(card.why().contains("día 9") && card.why().contains("(6 sobre 10)")
                && card.why().contains("(6,5 sobre 10)"), card.why());
    }
}
