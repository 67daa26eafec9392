package org.backspasm.ui.alert;

import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.media.AudioClip;

/**
 * Plays cues with JavaFX AudioClip on a background executor. When the machine
 * has no sound device (or media support fails to load) it goes quiet for the rest of the run after one log line.
 */
public final class AudioClipPlayer implements SoundPlayer {
    private static final Logger LOG = Logger.getLogger(AudioClipPlayer.class.getName());

    private final Executor executor;
    private final Map<Cue, AudioClip> clips = new EnumMap<>(Cue.class);
    private volatile boolean broken;

    public AudioClipPlayer(Executor executor) {
        this.executor = executor;
    }

    @Override
    public void play(Cue cue) {
        if (broken) {
            return;
        }
        executor.execute(() -> playNow(cue));
    }

    private void playNow(Cue cue) {
        try {
            AudioClip clip;
            synchronized (clips) {
                clip = clips.get(cue);
                if (clip == null) {
                    URL url = AudioClipPlayer.class.getResource(cue.resource());
                    if (url == null) {
                        LOG.warning("sound file missing: " + cue.resource());
                        return;
                    }
                    clip = new AudioClip(url.toExternalForm());
                    clips.put(cue, clip);
                }
            }
            clip.play();
        } catch (RuntimeException | LinkageError e) {
            broken = true;
            LOG.log(Level.INFO, "No sound available; the app will stay silent: " + e);
        }
    }

    public boolean isBroken() {
        return broken;
    }
}
