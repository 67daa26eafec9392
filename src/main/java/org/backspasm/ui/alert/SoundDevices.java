package org.backspasm.ui.alert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whether this machine probably has somewhere to send sound. JavaFX reports a missing device on its own media
 * thread, where the app cannot catch it, so on Linux the app looks first: an ALSA playback device, a PulseAudio or
 * PipeWire socket, or a user ALSA configuration. Other systems are assumed to have sound.
 */
public final class SoundDevices {
    private SoundDevices() {
    }

    public static boolean probablyAvailable() {
        return probablyAvailable(System.getProperty("os.name"), Path.of("/dev/snd"), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    static boolean probablyAvailable(String osName, Path devSnd, Map<String, String> env, Path home) {
        if (osName == null || !osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return true;
        }
        if (hasPlaybackDevice(devSnd) || Files.exists(home.resolve(".asoundrc"))) {
            return true;
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            Path r = Path.of(runtime);
            return Files.exists(r.resolve("pulse").resolve("native")) || Files.exists(r.resolve("pipewire-0"));
        }
        return false;
    }

    private static boolean hasPlaybackDevice(Path devSnd) {
        if (!Files.isDirectory(devSnd)) {
            return false;
        }
        try (Stream<Path> files = Files.list(devSnd)) {
            return files.anyMatch(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("pcm") && n.endsWith("p");
            });
        } catch (IOException e) {
            return false;
        }
    }
}
