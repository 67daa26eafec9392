package org.backspasm.ui.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundDevicesTest {
    @TempDir
    Path tmp;

    @Test
    void aLinuxMachineWithoutAnyDeviceIsSilent() throws IOException {
        Path snd = Files.createDirectories(tmp.resolve("snd"));
        Files.createFile(snd.resolve("controlC0"));
        assertFalse(SoundDevices.probablyAvailable("Linux", snd, Map.of(), tmp.resolve("home")));
        assertFalse(SoundDevices.probablyAvailable("Linux", tmp.resolve("missing"), Map.of(), tmp.resolve("home")));
    }

    @Test
    void aPlaybackDeviceASoundServerOrAnAlsaConfigMeansSound() throws IOException {
        Path snd = Files.createDirectories(tmp.resolve("snd"));
        Files.createFile(snd.resolve("pcmC0D0p"));
        assertTrue(SoundDevices.probablyAvailable("Linux", snd, Map.of(), tmp));

        Path runtime = Files.createDirectories(tmp.resolve("run/pulse"));
        Files.createFile(runtime.resolve("native"));
        assertTrue(SoundDevices.probablyAvailable("Linux", tmp.resolve("none"),
                Map.of("XDG_RUNTIME_DIR", tmp.resolve("run").toString()), tmp.resolve("nohome")));

        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve(".asoundrc"), "pcm.!default { type null }");
        assertTrue(SoundDevices.probablyAvailable("Linux", tmp.resolve("none"), Map.of(), home));
    }

    @Test
    void otherSystemsAreAssumedToHaveSound() {
        assertTrue(SoundDevices.probablyAvailable("Windows 11", tmp, Map.of(), tmp));
        assertTrue(SoundDevices.probablyAvailable("Mac OS X", tmp, Map.of(), tmp));
    }
}
