package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backspasm.core.settings.Theme;
import org.backspasm.ui.theme.ThemeManager;
import org.junit.jupiter.api.Test;

/**
 * A theme changes colours and nothing else: every stylesheet rule for a theme's style class sets only looked-up
 * colours ({@code -color-…}), and only {@link ThemeManager} turns the chosen theme into anything on screen (the
 * Settings screen shows the choice). So a text has the same size and wraps the same way in every theme, and
 * {@link NoCutOffTextTest} (in English, Spanish and the pseudo-locale, at every text size) holds for every theme
 * without looking at each one again.
 */
class ThemesChangeOnlyColoursTest {
    private static final Path CSS = Path.of("src", "main", "resources");
    private static final Path JAVA = Path.of("src", "main", "java");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    @Test
    void everyThemeRuleSetsOnlyLookedUpColours() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String> themed = new ArrayList<>();
        for (Path file : files(CSS, ".css")) {
            String text = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                String selector = m.group(1).strip();
                if (!selector.contains(".theme-")) {
                    continue;
                }
                themed.add(selector);
                for (String declaration : m.group(2).split(";")) {
                    String property = declaration.split(":", 2)[0].strip();
                    if (!property.isEmpty() && !property.startsWith("-color-")) {
                        wrong.add(CSS.relativize(file) + ": " + selector + " sets " + property);
                    }
                }
            }
        }
        for (Theme t : Theme.values()) {
            if (t != Theme.LIGHT) {
                assertTrue(themed.stream().anyMatch(s -> s.contains("." + ThemeManager.styleClass(t))),
                        "the stylesheets have rules for " + t + " (seen: " + themed + ")");
            }
        }
        assertEquals(List.of(), wrong, "a theme may change colours only, so that no text is cut in one theme alone");
    }

    @Test
    void onlyTheThemeManagerTurnsTheThemeIntoWhatIsShown() throws IOException {
        List<String> readers = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            String path = JAVA.relativize(file).toString().replace('\\', '/');
            if (!path.startsWith("org/backspasm/core/settings/") && Files.readString(file).contains(".theme()")) {
                readers.add(path);
            }
        }
        assertEquals(List.of("org/backspasm/ui/settings/SettingsScreen.java",
                "org/backspasm/ui/theme/ThemeManager.java"), readers,
                "the theme reaches the window only as the root's style class (ThemeManager) and the choice in Settings");
    }

    private static List<Path> files(Path root, String ending) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
