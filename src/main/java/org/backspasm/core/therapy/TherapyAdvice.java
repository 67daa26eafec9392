package org.backspasm.core.therapy;

import java.util.List;
import java.util.Locale;
import org.backspasm.core.episode.Phase;
import org.backspasm.core.i18n.Messages;

/**
 * The words the therapy screens show (bundle {@code therapy}), written from CLINICAL-FACTS section 1, each with its
 * source ids. No diagnosis, no medication advice.
 */
public final class TherapyAdvice {
    /** The bundle: {@code org/backspasm/i18n/therapy.properties}. */
    public static final String BUNDLE = "therapy";

    /** A piece of advice, by its key in the bundle, and the ids of its sources (shown through the source registry). */
    public record Advice(String key, List<String> sources) {
        public Advice {
            sources = List.copyOf(sources);
        }

        /** What it says in the locale's language. */
        public String text(Locale locale) {
            return Messages.of(BUNDLE, locale).text(key);
        }

        /** What it says in English (logs, tests). */
        public String text() {
            return text(Locale.UK);
        }
    }

    private TherapyAdvice() {
    }

    private static Messages m(Locale locale) {
        return Messages.of(BUNDLE, locale);
    }

    /** How to put the pack on, shown at the start of every pack. */
    public static Advice howTo(Modality m) {
        return m == Modality.ICE ? new Advice("advice.howTo.ice", List.of("NINDS", "NHS-BACK", "HEALTHWISE"))
                : new Advice("advice.howTo.heat", List.of("MAYO-H2T", "HEALTHWISE", "FDA-CPSC"));
    }

    /** Shown when a skin break ends. */
    public static final Advice SKIN_CHECK = new Advice("advice.skinCheck", List.of("CC-ESSENTIALS"));

    /** Asked before a skin break is ended early. */
    public static final Advice END_BREAK_EARLY = new Advice("advice.endBreakEarly", SKIN_CHECK.sources());

    /** Asked after every 3 rounds of a session that runs until the user stops it. */
    public static String skinCheckRounds(Locale locale) {
        return m(locale).text("advice.skinCheckRounds");
    }

    /** The limits the plan follows. */
    public static final Advice LIMITS = new Advice("advice.limits",
            List.of("NINDS", "HEALTHWISE", "BARTON", "CC-ESSENTIALS"));

    /** Alternating, and what is known about it. */
    public static final Advice ALTERNATING = new Advice("advice.alternating", List.of("CC-MECH", "HEALTHWISE"));

    /** The evidence note shown with the episode clock. */
    public static final Advice EVIDENCE = new Advice("advice.evidence",
            List.of("NINDS", "ACP2017", "COCHRANE2006", "MALANGA2015"));

    /** What a suggestion of mode says for each phase. */
    public static String suggestion(Phase p, Locale locale) {
        Messages m = m(locale);
        return switch (p) {
            case ICE_WINDOW -> m.text("advice.suggestion.ice");
            case SWITCHOVER_WINDOW -> m.text("advice.suggestion.switchover");
            case HEAT_WINDOW -> m.text("advice.suggestion.heat");
            case CHRONIC -> m.text("advice.suggestion.chronic");
        };
    }

    /** The source ids behind {@link #suggestion}. */
    public static List<String> suggestionSources(Phase p) {
        return p == Phase.CHRONIC ? List.of("ACP2017", "NICE-NG59") : List.of("NINDS", "ACP2017");
    }

    /**
     * Asked every time heat starts (not kept for the episode): the answer can change from day to day. A yes switches
     * heat off for the day.
     */
    public static String drowsyQuestion(Locale locale) {
        return m(locale).text("advice.drowsyQuestion");
    }

    /** Shown with the drowsiness question, so it is read before every heat start. */
    public static final Advice HEAT_SKIN = new Advice("advice.heatSkin", List.of("FDA-CPSC", "MAYO-H2T", "CC-ESSENTIALS"));

    /** "Why?" beside the drowsiness question: why we ask each time, and the harm heat can do to the skin. */
    public static final Advice HEAT_WHY = new Advice("advice.heatWhy", List.of("FDA-CPSC", "MAYO-H2T"));

    /** Why heat is off for today after a yes to the drowsiness question, and what is left to choose. */
    public static String heatOffTodayReason(boolean iceOffered, Locale locale) {
        return iceOffered ? m(locale).text("advice.heatOff.iceOffered") : m(locale).text("advice.heatOff.noIce");
    }

    /** The questions asked before the first ice or heat of an episode. */
    public static List<String> cautions(Modality m, Locale locale) {
        Messages t = m(locale);
        return m == Modality.ICE
                ? List.of(t.text("advice.caution.ice.0"), t.text("advice.caution.ice.1"),
                        t.text("advice.caution.ice.2"), t.text("advice.caution.ice.3"),
                        t.text("advice.caution.ice.4"), t.text("advice.caution.ice.5"))
                : List.of(t.text("advice.caution.heat.0"), t.text("advice.caution.heat.1"),
                        t.text("advice.caution.heat.2"), t.text("advice.caution.heat.3"),
                        t.text("advice.caution.heat.4"), t.text("advice.caution.heat.5"));
    }

    /** The source ids behind {@link #cautions}. */
    public static List<String> cautionSources(Modality m) {
        return m == Modality.ICE ? List.of("MEDALG", "CLINICALGATE") : List.of("FDA-CPSC", "NHS-SCIATICA", "DEROYAL");
    }

    /** Why a switched-off modality is off on this day, with the source ids behind it. */
    public static Advice blockedText(SafetyAnswers s, Modality m, java.time.LocalDate day) {
        if (s.blocked(m)) {
            return new Advice(m == Modality.ICE ? "advice.blockedSettings.ice" : "advice.blockedSettings.heat",
                    cautionSources(m));
        }
        return new Advice(s.blockedOn(Modality.ICE, day) ? "advice.noHeatToday.noIce" : "advice.noHeatToday.iceOffered",
                DROWSY_SOURCES);
    }

    /** The sources behind the drowsiness question and the "no heat today" reason. */
    public static final List<String> DROWSY_SOURCES = List.of("FDA-CPSC", "MAYO-H2T", "DEROYAL");

    /** Why a modality is switched off after a "yes". */
    public static String blockedReason(Modality m, Locale locale) {
        return m == Modality.ICE ? m(locale).text("advice.blocked.ice") : m(locale).text("advice.blocked.heat");
    }
}
