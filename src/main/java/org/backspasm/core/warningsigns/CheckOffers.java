package org.backspasm.core.warningsigns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.WarningSignCheckRecord;

/**
 * When to offer the warning-sign check without being asked, worked out from the journal alone: the current episode
 * is over a week old (or began more than 12 weeks ago), the latest pain rating in the last day was 8 or more, or a
 * stretch was stopped for pain in the last day. An offer goes away once a check is done after its cause, or when
 * the user dismisses it for the day.
 */
public final class CheckOffers {
    public static final Duration WEEK = Duration.ofDays(7);
    public static final Duration TWELVE_WEEKS = Duration.ofDays(7 * 12);
    public static final Duration RECENT = Duration.ofHours(24);
    public static final int HIGH_PAIN_SCORE = 8;

    private CheckOffers() {
    }

    /**
     * @param dismissed offer id to the day it was dismissed (local date)
     */
    public static List<Offer> compute(List<JournalEntry> entries, Instant now, ZoneId zone,
            Map<String, LocalDate> dismissed) {
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
            if (age.compareTo(TWELVE_WEEKS) > 0) {
                add(out, lastCheck, onset.plus(TWELVE_WEEKS), dismissed, today, new Offer(Offer.LONG_TERM,
                        "offer.longTerm", List.of(age.toDays() / 7),
                        List.of("NINDS", "NHS-BACK", "ACP2017")));
            } else if (age.compareTo(WEEK) > 0) {
                add(out, lastCheck, onset.plus(WEEK), dismissed, today, new Offer(Offer.EPISODE_WEEK,
                        "offer.episodeWeek", List.of(age.toDays()),
                        List.of("CSP", "NHS-INFORM", "MAYO-BP")));
            }
        }
        if (latestRating != null && latestRating.score() >= HIGH_PAIN_SCORE && recent(latestRating.at(), now)) {
            add(out, lastCheck, latestRating.at(), dismissed, today, new Offer(Offer.HIGH_PAIN,
                    "offer.highPain", List.of(latestRating.score(), latestRating.at().atZone(zone).toLocalTime()),
                    List.of("NHS-BACK", "MAYO-BP")));
        }
        if (latestPainStop != null && recent(latestPainStop.at(), now)) {
            add(out, lastCheck, latestPainStop.at(), dismissed, today, new Offer(Offer.STRETCH_PAIN,
                    "offer.stretchPain", List.of(latestPainStop.at().atZone(zone).toLocalTime()),
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
        return episodeAgeText(entries, now, java.util.Locale.UK);
    }

    /** The same in the locale's language. */
    public static java.util.Optional<String> episodeAgeText(List<JournalEntry> entries, Instant now,
            java.util.Locale locale) {
        return currentOnset(entries, now).map(onset -> org.backspasm.core.i18n.Messages.of(Finding.BUNDLE, locale)
                .text("episodeAge", Duration.between(onset, now).toDays()));
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
