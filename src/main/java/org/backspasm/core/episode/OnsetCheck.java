package org.backspasm.core.episode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on an onset the user gave: accepted, accepted as long-lasting (over 12 weeks: a message points to
 * long-term care and the warning-sign check), or refused (in the future, or more than 5 years back).
 */
public record OnsetCheck(Verdict verdict, String message) {
    public enum Verdict { OK, CHRONIC, REFUSED }

    public static final String CHRONIC_MESSAGE = "That is more than 12 weeks ago, so this counts as long-lasting "
            + "(chronic) back pain. For pain that has lasted this long, short spells of ice or heat are not the main "
            + "plan: regular exercise, set up with a doctor or physiotherapist, works better over time. Please also go "
            + "through the warning-sign check.";
    /** The source ids behind {@link #CHRONIC_MESSAGE}. */
    public static final List<String> CHRONIC_SOURCES = List.of("ACP2017", "NICE-NG59", "NINDS");

    public OnsetCheck {
        Objects.requireNonNull(verdict, "verdict");
        message = message == null ? "" : message;
    }

    public boolean accepted() {
        return verdict != Verdict.REFUSED;
    }

    /** Checks an onset against the present, in the user's zone (for the 5-year calendar limit). */
    public static OnsetCheck of(Instant onset, Instant now, ZoneId zone) {
        if (onset.isAfter(now)) {
            return new OnsetCheck(Verdict.REFUSED,
                    "That time is in the future. Please give the time when the spasm began, now or earlier.");
        }
        Instant fiveYears = ZonedDateTime.ofInstant(now, zone).minusYears(5).toInstant();
        if (onset.isBefore(fiveYears)) {
            return new OnsetCheck(Verdict.REFUSED, "That is more than 5 years ago. Please check the date: "
                    + "this app tracks a spasm episode from the day it began.");
        }
        if (Phase.of(java.time.Duration.between(onset, now)) == Phase.CHRONIC) {
            return new OnsetCheck(Verdict.CHRONIC, CHRONIC_MESSAGE);
        }
        return new OnsetCheck(Verdict.OK, "");
    }
}
