package org.backspasm.core.warningsigns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backspasm.core.companion.FollowUp;
import org.backspasm.core.i18n.Formats;
import org.backspasm.core.i18n.Messages;
import java.util.Map;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.WarningSignCheckRecord;

/**
 * When to offer the warning-sign check without being asked, worked out from the journal: the current episode
 * is over a week old (or began more than 12 weeks ago), the latest pain rating in the last day was 8 or more, a
 * stretch was stopped for pain in the last day, or (CLINICAL-FACTS 6, "check again") the latest pain rating is 2 or
 * more above a rating of the day before it, or the user said something new has happened. An offer goes away once a
 * check is done after its cause, or when the user dismisses it for the day.
 */
public final class CheckOffers {
    public static final Duration WEEK = Duration.ofDays(7);
    public static final Duration TWELVE_WEEKS = Duration.ofDays(7 * 12);
    public static final Duration RECENT = Duration.ofHours(24);
    public static final int HIGH_PAIN_SCORE = 8;
    /** A rise of this many points within a day offers the check again (CLINICAL-FACTS 6). */
    public static final int PAIN_RISE_POINTS = 2;

    private CheckOffers() {
    }

    /**
     * @param dismissed offer id to the day it was dismissed (local date)
     */
    public static List<Offer> compute(List<JournalEntry> entries, Instant now, ZoneId zone,
            Map<String, LocalDate> dismissed) {
        return compute(entries, now, zone, new OfferDismissals(dismissed, null));
    }

    /** With what the user put away for the day, and when they last said something new had happened. */
    public static List<Offer> compute(List<JournalEntry> entries, Instant now, ZoneId zone, OfferDismissals state) {
        return compute(entries, now, zone, state, Locale.UK);
    }

    /** The same, the "check again" reasons in the locale's language (bundle {@code check}). */
    public static List<Offer> compute(List<JournalEntry> entries, Instant now, ZoneId zone, OfferDismissals state,
            Locale locale) {
        Messages words = Messages.of("check", locale);
        Messages signs = Messages.of(Finding.BUNDLE, locale);
        Formats formats = Formats.of(locale);
        Map<String, LocalDate> dismissed = state.dismissedOn();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant lastCheck = Instant.MIN;
        EpisodeEvent episode = null;
        PainRating latestRating = null;
        StretchSessionRecord latestPainStop = null;
        for (JournalEntry e : entries) {
            if (e.at().isAfter(now)) {
                continue;
            }
            if (e instanceof WarningSignCheckRecord c && c.at().isAfter(lastCheck)) {
                lastCheck = c.at();
            } else if (e instanceof EpisodeEvent ev) {
                if (episode == null || !ev.at().isBefore(episode.at())) {
                    episode = ev;
                }
            } else if (e instanceof PainRating p) {
                if (latestRating == null || !p.at().isBefore(latestRating.at())) {
                    latestRating = p;
                }
            } else if (e instanceof StretchSessionRecord s && s.stoppedForPain()) {
                if (latestPainStop == null || !s.at().isBefore(latestPainStop.at())) {
                    latestPainStop = s;
                }
            }
        }
        List<Offer> out = new ArrayList<>();
        if (episode != null && episode.kind() == EpisodeEvent.Kind.STARTED) {
            Instant onset = episode.onset();
            Duration age = Duration.between(onset, now);
            // while the companion's follow-up card is due, it is Today's one message about the weeks (with the
            // check and the doctor's record one click away): these two offers would say it again (issue 17)
            boolean followedUp = age.compareTo(WEEK) > 0 && FollowUp.covers(onset, entries, now, zone);
            if (!followedUp && age.compareTo(TWELVE_WEEKS) > 0) {
                add(out, lastCheck, onset.plus(TWELVE_WEEKS), dismissed, today, new Offer(Offer.LONG_TERM,
                        signs.text("offer.longTerm", age.toDays() / 7),
                        List.of("NINDS", "NHS-BACK", "ACP2017")));
            } else if (!followedUp && age.compareTo(WEEK) > 0) {
                add(out, lastCheck, onset.plus(WEEK), dismissed, today, new Offer(Offer.EPISODE_WEEK,
                        signs.text("offer.episodeWeek", age.toDays()),
                        List.of("CSP", "NHS-INFORM", "MAYO-BP")));
            }
        }
        if (latestRating != null && latestRating.score() >= HIGH_PAIN_SCORE && recent(latestRating.at(), now)) {
            add(out, lastCheck, latestRating.at(), dismissed, today, new Offer(Offer.HIGH_PAIN,
                    signs.text("offer.highPain", latestRating.score(),
                            formats.time(latestRating.at().atZone(zone).toLocalTime())),
                    List.of("NHS-BACK", "MAYO-BP")));
        }
        if (latestRating != null && recent(latestRating.at(), now)) {
            PainRating before = lowestInTheDayBefore(entries, latestRating);
            if (before != null && latestRating.score() - before.score() >= PAIN_RISE_POINTS) {
                add(out, lastCheck, latestRating.at(), dismissed, today, new Offer(Offer.PAIN_RISE,
                        words.text("offer.painRise", before.score(),
                                formats.time(before.at().atZone(zone).toLocalTime()), latestRating.score(),
                                formats.time(latestRating.at().atZone(zone).toLocalTime())),
                        List.of("NHS-BACK", "MAYO-BP")));
            }
        }
        Instant somethingNew = state.somethingNewAt();
        if (somethingNew != null && !somethingNew.isAfter(now) && recent(somethingNew, now)) {
            add(out, lastCheck, somethingNew, dismissed, today, new Offer(Offer.SOMETHING_NEW,
                    words.text("offer.somethingNew", formats.time(somethingNew.atZone(zone).toLocalTime())),
                    List.of("NHS-BACK", "MAYO-BP")));
        }
        if (latestPainStop != null && recent(latestPainStop.at(), now)) {
            add(out, lastCheck, latestPainStop.at(), dismissed, today, new Offer(Offer.STRETCH_PAIN,
                    signs.text("offer.stretchPain", formats.time(latestPainStop.at().atZone(zone).toLocalTime())),
                    List.of("NHS-INFORM", "CSP")));
        }
        return out;
    }

    /** The onset of the current episode: the latest STARTED event, unless an ENDED event came after it. */
    public static java.util.Optional<Instant> currentOnset(List<JournalEntry> entries, Instant now) {
        EpisodeEvent latest = null;
        for (JournalEntry e : entries) {
            if (e instanceof EpisodeEvent ev && !ev.at().isAfter(now)
                    && (latest == null || !ev.at().isBefore(latest.at()))) {
                latest = ev;
            }
        }
        return latest != null && latest.kind() == EpisodeEvent.Kind.STARTED
                ? java.util.Optional.of(latest.onset()) : java.util.Optional.empty();
    }

    /** "Your back pain began 10 days ago", from the current episode, or empty without one. */
    public static java.util.Optional<String> episodeAgeText(List<JournalEntry> entries, Instant now) {
        return episodeAgeText(entries, now, Locale.UK);
    }

    /** The same in the locale's language. */
    public static java.util.Optional<String> episodeAgeText(List<JournalEntry> entries, Instant now, Locale locale) {
        return currentOnset(entries, now).map(onset -> Messages.of(Finding.BUNDLE, locale)
                .text("episodeAge", Duration.between(onset, now).toDays()));
    }

    /** The lowest rating in the day before this one (the earliest of equals), or null without one. */
    private static PainRating lowestInTheDayBefore(List<JournalEntry> entries, PainRating latest) {
        PainRating lowest = null;
        for (JournalEntry e : entries) {
            if (e instanceof PainRating p && p.at().isBefore(latest.at()) && recent(p.at(), latest.at())
                    && (lowest == null || p.score() < lowest.score()
                            || p.score() == lowest.score() && p.at().isBefore(lowest.at()))) {
                lowest = p;
            }
        }
        return lowest;
    }

    private static boolean recent(Instant at, Instant now) {
        return Duration.between(at, now).compareTo(RECENT) <= 0;
    }

    private static void add(List<Offer> out, Instant lastCheck, Instant cause, Map<String, LocalDate> dismissed,
            LocalDate today, Offer offer) {
        if (!lastCheck.isBefore(cause)) {
            return;
        }
        if (today.equals(dismissed.get(offer.id()))) {
            return;
        }
        out.add(offer);
    }
}
