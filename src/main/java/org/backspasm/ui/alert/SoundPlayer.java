package org.backspasm.ui.alert;

/** Plays a named cue (a sound file under assets/sounds). Implementations never throw: no sound is better than a crash. */
public interface SoundPlayer {
    void play(Cue cue);

    /** A player that makes no sound, for machines without audio. */
    SoundPlayer SILENT = cue -> { };
}
