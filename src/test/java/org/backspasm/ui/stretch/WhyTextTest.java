package org.backspasm.ui.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.i18n.Languages;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The "Why?" panel's when-to-stop lines read as one sentence each, in English and in Spanish (no "Stop: Stop…"). */
class WhyTextTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<String> stopLines(Stretch s, Locale locale) {
        Lang lang = new Lang(locale);
        WhyText why = new WhyText(SourceLines.of(Loaded.of(SourceRegistry::loadDefault), lang), lang.texts("stretches"));
        why.show(s);
        List<String> out = new ArrayList<>();
        why.getChildren().stream().filter(n -> n instanceof Label && n.getStyleClass().contains("error-text"))
                .forEach(n -> out.add(((Label) n).getText()));
        return out;
    }

    private static List<String> firstWords(String line) {
        Matcher m = WORD.matcher(line);
        List<String> words = new ArrayList<>();
        while (words.size() < 2 && m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    @Test
    void everyStopLineSaysStopOnceInEnglishAndSpanish() {
        StretchLibrary lib = StretchLibrary.load();
        assertTrue(lib.ok());
        for (Locale locale : List.of(Locale.UK, Languages.SPANISH)) {
            for (Stretch s : lib.content().stretches()) {
                List<String> lines = stopLines(s, locale);
                assertEquals(s.stopIf().size(), lines.size(), s.id());
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    assertTrue(line.contains(s.stopIf().get(i).in(locale)), line);
                    List<String> words = firstWords(line);
                    assertNotEquals(words.get(0), words.get(1), locale + " " + s.id() + ": \"" + line + "\"");
                }
            }
        }
    }
}
