package org.backspasm.ui.therapy;

import java.util.List;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.ui.text.Texts;

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

    public String title(Texts t) {
        return switch (kind) {
            case SAFETY -> modality == Modality.ICE ? t.get("question.safety.ice") : t.get("question.safety.heat");
            case DROWSY -> TherapyAdvice.drowsyQuestion(t.locale());
            case HEAT_OFF -> t.get("question.heatOff");
            case SKIN_CHECK -> t.get("question.skinCheck", rounds);
            case END_BREAK -> t.get("question.endBreak");
            case STOP -> t.get("question.stop");
        };
    }

    public String text(Texts t) {
        return switch (kind) {
            case SAFETY -> t.get("question.safety.text");
            case DROWSY -> t.get("question.drowsy.text");
            case HEAT_OFF -> TherapyAdvice.heatOffTodayReason(iceOffered, t.locale());
            case SKIN_CHECK -> TherapyAdvice.skinCheckRounds(t.locale());
            case END_BREAK -> TherapyAdvice.END_BREAK_EARLY.text(t.locale());
            case STOP -> t.get("question.stop.text");
        };
    }

    /** The confirming answer. */
    public String yes(Texts t) {
        return switch (kind) {
            case SAFETY -> t.get("answer.safety.yes");
            case DROWSY -> t.get("answer.drowsy.yes");
            case HEAT_OFF -> iceOffered ? t.get("answer.heatOff.ice") : t.get("answer.heatOff.ok");
            case SKIN_CHECK -> t.get("answer.skinCheck.yes");
            case END_BREAK -> t.get("answer.endBreak.yes");
            case STOP -> t.get("answer.stop.yes");
        };
    }

    /** The other answer; empty when there is only one ({@link #single()}). */
    public String no(Texts t) {
        return switch (kind) {
            case SAFETY, DROWSY -> t.get("answer.none");
            case HEAT_OFF -> iceOffered ? t.get("answer.heatOff.nothing") : "";
            case SKIN_CHECK -> t.get("answer.skinCheck.no");
            case END_BREAK -> t.get("answer.endBreak.no");
            case STOP -> t.get("answer.stop.no");
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
    public List<String> points(Texts t) {
        return kind == Kind.SAFETY ? TherapyAdvice.cautions(modality, t.locale()) : List.of();
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
