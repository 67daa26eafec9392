package org.backspasm.core.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AppVersionTest {

    @Test
    void isThePomsVersion() {
        String pom = System.getProperty("pom.version");
        assertTrue(pom != null && !pom.isBlank(), "surefire passes the pom's version");
        assertEquals(pom, AppVersion.current());
        assertEquals("Back Spasm Companion " + pom, AppVersion.nameAndVersion(java.util.Locale.UK));
        assertEquals("Compañero para el dolor de espalda " + pom,
                AppVersion.nameAndVersion(java.util.Locale.forLanguageTag("es")));
    }

    @Test
    void isOneAUserCanInstall() {
        // plain numbers: jpackage wants them for the app image and the installers, and the .deb uses the same
        assertTrue(AppVersion.current().matches("\\d+(\\.\\d+){0,2}"), AppVersion.current());
    }

    @Test
    void aMissingOrUnfilledResourceSaysUnknown() {
        assertEquals("unknown", AppVersion.read(null));
        assertEquals("unknown", AppVersion.read(stream("version=${project.version}\n")));
        assertEquals("unknown", AppVersion.read(stream("# nothing\n")));
        assertEquals("1.2.3", AppVersion.read(stream("version=1.2.3\n")));
    }

    @Test
    void theAboutLineNamesTheRuntimeInEachLanguage() {
        assertEquals("Free software under the MIT licence. Runs on its own Java runtime: Java 17.0.15, JavaFX 21.0.12.",
                org.backspasm.core.i18n.Messages.of("settings", java.util.Locale.UK)
                        .text("about.detail", "17.0.15", "21.0.12"));
        assertTrue(org.backspasm.core.i18n.Messages.of("settings", java.util.Locale.forLanguageTag("es"))
                .text("about.detail", "17.0.15", "21.0.12").contains("Java 17.0.15, JavaFX 21.0.12"));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
