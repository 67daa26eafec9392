package org.backspasm.ui.therapy;

import java.util.List;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.TherapyAdvice;

/**
 * A question the Ice &amp; Heat screen is waiting on, with every word the view shows for it. The view shows whichever
 * question {@link TherapyQuestions} has pending; the answers go back to it.
 *
 * @param kind     which question
 * @param modality for {@link Kind#SAFETY}: ice or heat; otherwise null
 * @param rounds   for {@link Kind#SKIN_CHECK}: the rounds done
 * @param iceOffered for {@link Kind#HEAT_OFF}: whether ice is offered instead
 */
public record TherapyQuestion(Kind kind, Modality modality, int rounds, boolean iceOffered) {
    /** The questions, in the order they can come. */
    public enum Kind {
        /** Before the first use of ice or heat in an episode: does a caution apply? */
        SAFETY,
        /** Before every start of heat: drowsy today? */
        DROWSY,
        /** After a yes to drowsy: heat is off today; ice instead? */
        HEAT_OFF,
        /** A session until stopped, after every 3 rounds: is the skin normal? */
        SKIN_CHECK,
        /** Ending a skin break early. */
        END_BREAK,
        /** Stopping the session. */
        STOP
    }

    static TherapyQuestion safety(Modality m) {
        return new TherapyQuestion(Kind.SAFETY, m, 0, false);
    }

    static TherapyQuestion of(Kind kind) {
        return new TherapyQuestion(kind, null, 0, false);
    }

    /** The node id of the card; its buttons add "-yes" and "-no". */
    public String id() {
        return switch (kind) {
            case SAFETY -> "safety-" + modality.word();
            case DROWSY -> "heat-today";
            case HEAT_OFF -> "heat-off-today";
            case SKIN_CHECK -> "confirm-skin-check";
            case END_BREAK -> "confirm-end-break";
            case STOP -> "confirm-stop";
        };
    }

    public String title() {
        return switch (kind) {
            case SAFETY -> "Before you use " + modality.word() + ": does any of these apply to you?";
            case DROWSY -> TherapyAdvice.DROWSY_QUESTION;
            case HEAT_OFF -> "No heat today";
            case SKIN_CHECK -> "Skin check after " + rounds + " rounds";
            case END_BREAK -> "End the skin break early?";
            case STOP -> "Stop this session?";
        };
    }

    public String text() {
        return switch (kind) {
            case SAFETY -> "We ask once for each episode. Your answer is kept, and you can change it in Settings. "
                    + "Esc goes back without starting.";
            case DROWSY -> "Before heat, we ask this every time, because the answer can change from day to day. "
                    + "Esc goes back without starting.";
            case HEAT_OFF -> TherapyAdvice.heatOffTodayReason(iceOffered);
            case SKIN_CHECK -> TherapyAdvice.SKIN_CHECK_ROUNDS;
            case END_BREAK -> TherapyAdvice.END_BREAK_EARLY.text();
            case STOP -> "What you have done so far is saved in your journal. If a pack is still on, take it off now.";
        };
    }

    /** The confirming answer. */
    public String yes() {
        return switch (kind) {
            case SAFETY -> "Yes, one of these applies";
            case DROWSY -> "Yes: no heat today";
            case HEAT_OFF -> iceOffered ? "Use ice instead" : "OK";
            case SKIN_CHECK -> "My skin is normal: go on";
            case END_BREAK -> "My skin is normal: end the break";
            case STOP -> "Stop the session";
        };
    }

    /** The other answer; empty when there is only one ({@link #single()}). */
    public String no() {
        return switch (kind) {
            case SAFETY, DROWSY -> "No, none of these";
            case HEAT_OFF -> iceOffered ? "Nothing for now" : "";
            case SKIN_CHECK -> "Stop here";
            case END_BREAK -> "Keep the break";
            case STOP -> "Keep going";
        };
    }

    /** Only one answer: the card just informs. */
    public boolean single() {
        return kind == Kind.HEAT_OFF && !iceOffered;
    }

    /** Enter confirms: only where the first answer is the safe one. */
    public boolean confirmOnEnter() {
        return kind == Kind.STOP;
    }

    /** The points the question is about (the cautions of ice or heat), one line each. */
    public List<String> points() {
        return kind == Kind.SAFETY ? TherapyAdvice.cautions(modality) : List.of();
    }

    /** The source ids for what the card says. */
    public List<String> sources() {
        return switch (kind) {
            case SAFETY -> TherapyAdvice.cautionSources(modality);
            case HEAT_OFF -> TherapyAdvice.DROWSY_SOURCES;
            case END_BREAK -> TherapyAdvice.END_BREAK_EARLY.sources();
            case DROWSY, SKIN_CHECK, STOP -> List.of();
        };
    }
}
