package org.backspasm.core.therapy;

import java.util.List;

/**
 * The words the therapy screens show, written from CLINICAL-FACTS section 1, each with its source ids.
 * No diagnosis, no medication advice.
 */
public final class TherapyAdvice {

    /** A piece of advice and the ids of its sources (shown through the source registry, never as ids). */
    public record Advice(String text, List<String> sources) {
        public Advice {
            sources = List.copyOf(sources);
        }
    }

    private TherapyAdvice() {
    }

    /** How to put the pack on, shown at the start of every pack. */
    public static Advice howTo(Modality m) {
        return m == Modality.ICE
                ? new Advice("Wrap the cold pack (or ice, or frozen peas) in a towel or thin cloth: never put it "
                        + "straight on the skin, which can cause frostbite. Take it off sooner if it hurts or makes "
                        + "things worse.", List.of("NINDS", "NHS-BACK", "HEALTHWISE"))
                : new Advice("Use a heating pad on LOW, a heat wrap or a warm compress, with a cloth between it "
                        + "and your skin. Don't fall asleep with a heating pad on: even on low it can burn. Check your skin "
                        + "now and then: heat on the same spot again and again can burn it too.",
                        List.of("MAYO-H2T", "HEALTHWISE", "FDA-CPSC"));
    }

    /** Shown when a skin break ends. */
    public static final Advice SKIN_CHECK = new Advice("Check your skin looks and feels normal (colour, warmth and "
            + "feeling) before the next round. If it does not yet, wait longer.", List.of("CC-ESSENTIALS"));

    /** Asked before a skin break is ended early. */
    public static final Advice END_BREAK_EARLY = new Advice("A skin break of at least 20 minutes lets the skin "
            + "recover. End it only if your skin looks and feels normal again (colour, warmth and feeling).",
            SKIN_CHECK.sources());

    /** Asked after every 3 rounds of a session that runs until the user stops it. */
    public static final String SKIN_CHECK_ROUNDS = "Look at the skin where the packs were, and feel it. Go on only "
            + "if its colour, warmth and feeling are back to normal; if they are not, stop here.";

    /** The limits the plan follows. */
    public static final Advice LIMITS = new Advice("Keep each pack on for 10 to 20 minutes: 20 is the upper limit, "
            + "not a goal. Then take at least 20 minutes off, and wait until your skin looks and feels normal again. "
            + "If ice or heat makes things worse, stop.",
            List.of("NINDS", "HEALTHWISE", "BARTON", "CC-ESSENTIALS"));

    /** Alternating, and what is known about it. */
    public static final Advice ALTERNATING = new Advice("Taking turns with heat and ice (about 20 minutes each, 2–3 times a day) "
            + "is an accepted option. Alternating itself has no proven extra benefit: if one of them suits you better, just use that one.",
            List.of("CC-MECH", "HEALTHWISE"));

    /** The evidence note shown with the episode clock. */
    public static final Advice EVIDENCE = new Advice("Ice in the first 48–72 hours, then heat, is the usual "
            + "convention. The stronger evidence is for heat, which can help from day 1; the evidence for cold is "
            + "thin, and studies comparing the two disagree. You can pick either at any time.",
            List.of("NINDS", "ACP2017", "COCHRANE2006", "MALANGA2015"));

    /** What a suggestion of mode says for each phase. */
    public static String suggestion(org.backspasm.core.episode.Phase p) {
        return switch (p) {
            case ICE_WINDOW -> "First 48 hours: ice is the usual choice now. Heat can help too, and it has "
                    + "the stronger evidence.";
            case SWITCHOVER_WINDOW -> "48–72 hours: the usual time to switch from ice to heat.";
            case HEAT_WINDOW -> "After 72 hours: heat is the usual choice.";
            case CHRONIC -> "Over 12 weeks: for long-lasting pain, regular exercise is the main plan, "
                    + "rather than ice or heat.";
        };
    }

    /** The source ids behind {@link #suggestion}. */
    public static List<String> suggestionSources(org.backspasm.core.episode.Phase p) {
        return p == org.backspasm.core.episode.Phase.CHRONIC ? List.of("ACP2017", "NICE-NG59")
                : List.of("NINDS", "ACP2017");
    }

    /**
     * Asked every time heat starts (not kept for the episode): the answer can change from day to day. A yes switches
     * heat off for the day.
     */
    public static final String DROWSY_QUESTION = "Today, have you taken sleeping tablets or strong pain medicines, "
            + "had alcohol, or do you feel drowsy?";

    /** Shown with the drowsiness question, so it is read before every heat start. */
    public static final Advice HEAT_SKIN = new Advice("Heat on the same spot again and again can burn the skin, even "
            + "on LOW, and can leave a mottled, net-like rash. Older people are more at risk. Check your skin before "
            + "each round: heat goes back on only once the skin looks and feels normal again.",
            List.of("FDA-CPSC", "MAYO-H2T", "CC-ESSENTIALS"));

    /** "Why?" beside the drowsiness question: why we ask each time, and the harm heat can do to the skin. */
    public static final Advice HEAT_WHY = new Advice("Sleeping tablets, strong pain medicines, alcohol or feeling "
            + "drowsy make it easier to fall asleep with the heat on, or not to notice it getting too hot, and a "
            + "heating pad can burn even on LOW. Burns can also come from using heat on the same spot again and "
            + "again, and repeated heat can leave a lasting mottled rash (called erythema ab igne). In the United "
            + "States, heating pads lead to about 1,600 emergency visits a year for burns, and 45 % of those are "
            + "people over 65.", List.of("FDA-CPSC", "MAYO-H2T"));

    /** Why heat is off for today after a yes to the drowsiness question, and what is left to choose. */
    public static String heatOffTodayReason(boolean iceOffered) {
        return "You said you have taken sleeping tablets or strong pain medicines, had alcohol, or "
                + "feel drowsy. Then it is easy to fall asleep with the heat on or not to feel it getting too hot, "
                + "and that can burn. Heat is offered again tomorrow; if you want to use it on days like this, ask "
                + "a doctor, nurse or physiotherapist first. "
                + (iceOffered ? "You can use ice instead, or nothing." : "Ice is switched off too, so nothing today.");
    }

    /** The questions asked before the first ice or heat of an episode. */
    public static List<String> cautions(Modality m) {
        return m == Modality.ICE
                ? List.of("Raynaud's (fingers or toes turn white or blue in the cold)",
                        "Hives or rash from cold (cold urticaria)",
                        "Poor circulation",
                        "Numb skin or reduced feeling where the pack would go",
                        "An open wound there",
                        "Severe heart or lung disease")
                : List.of("Numb skin or reduced feeling for heat where the pad would go",
                        "Diabetes",
                        "Spinal cord injury or a past stroke",
                        "Circulation problems",
                        "An open wound or infection there",
                        "Pregnancy (never heat on the belly)");
    }

    /** The source ids behind {@link #cautions}. */
    public static List<String> cautionSources(Modality m) {
        return m == Modality.ICE ? List.of("MEDALG", "CLINICALGATE") : List.of("FDA-CPSC", "NHS-SCIATICA", "DEROYAL");
    }

    /** Why a switched-off modality is off on this day, with the source ids behind it. */
    public static Advice blockedText(SafetyAnswers s, Modality m, java.time.LocalDate day) {
        return s.blocked(m)
                ? new Advice(blockedReason(m) + " You can change this in Settings.", cautionSources(m))
                : new Advice("No heat today. " + heatOffTodayReason(!s.blockedOn(Modality.ICE, day)), DROWSY_SOURCES);
    }

    /** The sources behind the drowsiness question and the "no heat today" reason. */
    public static final List<String> DROWSY_SOURCES = List.of("FDA-CPSC", "MAYO-H2T", "DEROYAL");

    /** Why a modality is switched off after a "yes". */
    public static String blockedReason(Modality m) {
        return m == Modality.ICE
                ? "Ice is switched off because you said one of the ice cautions applies to you. With these, cold can "
                        + "harm the skin or circulation. Please ask a doctor, nurse or physiotherapist before using ice."
                : "Heat is switched off because you said one of the heat cautions applies to you. With these, a "
                        + "burn is more likely and harder to feel. Please ask a doctor, nurse or physiotherapist "
                        + "before using heat.";
    }
}
