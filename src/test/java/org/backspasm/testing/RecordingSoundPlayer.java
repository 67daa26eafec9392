package org.backspasm.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backspasm.ui.alert.Cue;
import org.backspasm.ui.alert.SoundPlayer;

/** Remembers every cue it was asked to play, instead of playing it. */
public final class RecordingSoundPlayer implements SoundPlayer {
    private final List<Cue> played = new CopyOnWriteArrayList<>();

    @Override
    public void play(Cue cue) {
        played.add(cue);
    }

    public List<Cue> played() {
        return played;
    }
}
