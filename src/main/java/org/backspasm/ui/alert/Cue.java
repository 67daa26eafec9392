package org.backspasm.ui.alert;

import org.backspasm.core.stretch.PlayerCue;
import org.backspasm.core.therapy.BoundaryAlert;

/** Every sound the app can make; each event has its own, so people learn them apart. */
public enum Cue {
    /** An ice or heat segment is over: take the pack off. */
    PACK_OFF("pack-off"),
    /** A skin break is over: check the skin, the next round can start. */
    BREAK_OVER("break-over"),
    /** The whole ice/heat session is finished. */
    SESSION_DONE("session-done"),
    /** Stretch player: a new step begins. */
    STEP("step"),
    /** Stretch player: change to the other side. */
    SWITCH_SIDES("switch-sides"),
    /** Stretch player: the hold is over. */
    HOLD_DONE("hold-done"),
    /** Stretch player: this stretch is finished. */
    STRETCH_DONE("stretch-done"),
    /** A gentle reminder. */
    REMINDER("reminder");

    private final String fileName;

    /** The sound for an ice/heat alert. */
    public static Cue of(BoundaryAlert.AlertKind k) {
        return switch (k) {
            case PACK_OFF -> PACK_OFF;
            case BREAK_OVER -> BREAK_OVER;
            case SESSION_DONE -> SESSION_DONE;
        };
    }

    /** The sound for a moment of the stretch player. */
    public static Cue of(PlayerCue c) {
        return switch (c) {
            case STEP -> STEP;
            case SWITCH_SIDES -> SWITCH_SIDES;
            case HOLD_DONE -> HOLD_DONE;
            case STRETCH_DONE -> STRETCH_DONE;
        };
    }

    Cue(String fileName) {
        this.fileName = fileName;
    }

    /** The resource path of its sound inside the app. */
    public String resource() {
        return "/org/backspasm/assets/sounds/" + fileName + ".wav";
    }
}
