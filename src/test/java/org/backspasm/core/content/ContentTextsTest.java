package org.backspasm.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backspasm.core.i18n.Pseudo;
import org.junit.jupiter.api.Test;

class ContentTextsTest {
    private static final String EN = "walk.name=Light walking\nwalk.step.0=Walk on level ground.\n";
    private static final String ES = "walk.name=Caminar suave\nwalk.step.0=Camine por terreno llano.\n";

    @Test
    void aTextInEveryLanguage() throws ContentException {
        ContentTexts texts = ContentTexts.of("stretches.json", Map.of("en", EN, "es", ES));
        ContentCheck at = ContentCheck.of("stretches.json").at("stretches").at(0);
        LocalText name = texts.text(at, "name", "walk.name");
        List<LocalText> steps = texts.texts(at, "steps", List.of("walk.step.0"), false);
        texts.checkAllUsed();
        assertEquals("Light walking", name.in(Locale.UK));
        assertEquals("Caminar suave", name.in(Locale.forLanguageTag("es-ES")));
        assertEquals("Light walking", name.in(Locale.GERMAN));
        assertTrue(name.in(Pseudo.LOCALE).startsWith("[Ļîĝĥţ"));
        assertEquals("Camine por terreno llano.", steps.get(0).in(Locale.forLanguageTag("es")));
    }

    @Test
    void aKeyMissingInOneLanguageNamesTheFileTheKeyAndTheLanguage() {
        ContentException e = assertThrows(ContentException.class, () -> ContentTexts.of("stretches.json",
                Map.of("en", EN, "es", "walk.name=Caminar suave\n")));
        assertEquals("stretches.es.properties", e.file());
        assertEquals("walk.step.0", e.path());
        assertTrue(e.reason().contains("missing in language es"), e.reason());
    }

    @Test
    void anExtraKeyInOneLanguageIsALoadError() {
        ContentException e = assertThrows(ContentException.class, () -> ContentTexts.of("stretches.json",
                Map.of("en", EN, "es", ES + "walk.extra=Sobra\n")));
        assertEquals("stretches.es.properties", e.file());
        assertEquals("walk.extra", e.path());
        assertTrue(e.reason().contains("extra key in language es"), e.reason());
    }

    @Test
    void aKeyTheJsonNamesThatNoLanguageHasIsALoadErrorAtItsPlace() throws ContentException {
        ContentTexts texts = ContentTexts.of("stretches.json", Map.of("en", EN, "es", ES));
        ContentCheck at = ContentCheck.of("stretches.json").at("stretches").at(0);
        ContentException e = assertThrows(ContentException.class,
                () -> texts.texts(at, "steps", List.of("walk.step.0", "walk.step.1"), false));
        assertEquals("stretches.json", e.file());
        assertEquals("$.stretches[0].steps[1]", e.path());
        assertTrue(e.reason().contains("walk.step.1") && e.reason().contains("stretches.en.properties"), e.reason());
    }

    @Test
    void aTextNoPartOfTheJsonUsesIsALoadError() throws ContentException {
        ContentTexts texts = ContentTexts.of("stretches.json", Map.of("en", EN, "es", ES));
        texts.text(ContentCheck.of("stretches.json"), "name", "walk.name");
        ContentException e = assertThrows(ContentException.class, texts::checkAllUsed);
        assertEquals("stretches.en.properties", e.file());
        assertEquals("walk.step.0", e.path());
    }

    @Test
    void anEmptyTextOrAMissingFileIsALoadError() {
        ContentException empty = assertThrows(ContentException.class, () -> ContentTexts.of("stretches.json",
                Map.of("en", EN, "es", "walk.name=\nwalk.step.0=x\n")));
        assertEquals("walk.name", empty.path());
        ContentException missing = assertThrows(ContentException.class,
                () -> ContentTexts.of("stretches.json", Map.of("en", EN)));
        assertEquals("stretches.es.properties", missing.file());
    }
}
