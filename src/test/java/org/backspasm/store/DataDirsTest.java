package org.backspasm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {
    final Path home = Path.of("/home/ann");

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertEquals(Path.of("/home/ann/.local/share/back-spasm-companion"),
                DataDirs.resolve(List.of(), Map.of(), "Linux", home));
        assertEquals(Path.of("/data/xdg/back-spasm-companion"),
                DataDirs.resolve(List.of(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", home));
        assertEquals(Path.of("/home/ann/.local/share/back-spasm-companion"),
                DataDirs.resolve(List.of(), Map.of("XDG_DATA_HOME", "relative/not/allowed"), "Linux", home),
                "the XDG spec says a relative path is ignored");
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/home/ann/Library/Application Support/Back Spasm Companion"),
                DataDirs.resolve(List.of(), Map.of(), "Mac OS X", home));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("/appdata/roaming/Back Spasm Companion"),
                DataDirs.resolve(List.of(), Map.of("APPDATA", "/appdata/roaming"), "Windows 11", home));
        assertEquals(Path.of("/home/ann/AppData/Roaming/Back Spasm Companion"),
                DataDirs.resolve(List.of(), Map.of(), "Windows 10", home));
    }

    @Test
    void theOptionBeatsTheEnvironmentWhichBeatsTheOsDefault() {
        Map<String, String> env = Map.of(DataDirs.ENV_VAR, "/from/env");
        assertEquals(Path.of("/from/env"), DataDirs.resolve(List.of(), env, "Linux", home));
        assertEquals(Path.of("/from/arg"), DataDirs.resolve(List.of("--data-dir", "/from/arg"), env, "Linux", home));
        assertEquals(Path.of("/from/arg2"), DataDirs.resolve(List.of("--data-dir=/from/arg2"), env, "Linux", home));
    }
}
