package org.backspasm.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.backspasm.core.i18n.Languages;
import org.backspasm.core.settings.Language;

/**
 * The language chosen in Settings, read from the data folder before anything else is (the messages of a start that
 * fails come before the stores are open). Read only, leniently: a missing, damaged or newer file, or a language this
 * version does not know, gives nothing, and the computer's language is spoken.
 */
public final class ChosenLanguage {
    private ChosenLanguage() {
    }

    /** The language the settings in the folder name, if they name one this version has. */
    public static Optional<Language> in(Path dataDir) {
        try {
            Path file = dataDir.resolve(StateStore.FILE_NAME);
            if (!Files.isRegularFile(file) || Files.size(file) > StateFile.MAX_BYTES) {
                return Optional.empty();
            }
            JsonElement root = JsonParser.parseString(StateFile.decodeUtf8(Files.readAllBytes(file)));
            JsonObject sections = root.getAsJsonObject().getAsJsonObject("sections");
            JsonObject settings = sections.getAsJsonObject("settings");
            String name = settings.get("language").getAsString();
            for (Language l : Language.values()) {
                if (l.name().equals(name)) {
                    return Optional.of(l);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /**
     * The locale to speak in for the data folder: the language chosen there, else the computer's (the
     * pseudo-locale, a developer's choice, always wins), as the window would speak it.
     */
    public static Locale speaks(Path dataDir, Locale system) {
        if (Languages.forced(system)) {
            return system;
        }
        return in(dataDir).orElse(Language.SYSTEM).resolve(system);
    }
}
