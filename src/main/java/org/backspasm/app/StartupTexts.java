package org.backspasm.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.backspasm.core.i18n.Formats;
import org.backspasm.core.i18n.Messages;
import org.backspasm.store.ChosenLanguage;
import org.backspasm.store.InUse;
import org.backspasm.store.NewerDataException;

/**
 * What the app says before its window exists (bundle {@code startup}): a start that fails, a second copy, a data
 * folder open on another computer. In the language chosen in Settings, read from the data folder, else the
 * computer's.
 */
final class StartupTexts {
    static final String BUNDLE = "startup";
    private final Locale locale;
    private final Messages m;

    StartupTexts(Locale locale) {
        this.locale = locale;
        this.m = Messages.of(BUNDLE, locale);
    }

    /** The texts for the data folder: its chosen language, else the computer's. */
    static StartupTexts forFolder(Path dataDir, Locale system) {
        return new StartupTexts(ChosenLanguage.speaks(dataDir, system));
    }

    Locale locale() {
        return locale;
    }

    /** The app's name, as the window's title says it. */
    String appName() {
        return Messages.of("shell", locale).text("app.name");
    }

    String cannotStart() {
        return m.text("cannotStart.header");
    }

    String notAnswering(Path dir) {
        return m.text("notAnswering", appName(), dir.toString());
    }

    String broughtToFront() {
        return m.text("broughtToFront", appName());
    }

    String newerData(NewerDataException e) {
        return m.text("newerData", e.file().toString(), appName(), e.found(), e.known());
    }

    /** "Your data is in use on LAPTOP since 10:42" (today), or "… since Tue 1 Dec 2026, 10:42" (another day). */
    String inUseHeadline(InUse other, ZoneId zone, LocalDate today) {
        ZonedDateTime at = other.since().atZone(zone);
        Formats f = Formats.of(locale);
        return at.toLocalDate().equals(today) ? m.text("inUse.headlineToday", other.machine(), f.time(at.toLocalTime()))
                : m.text("inUse.headlineEarlier", other.machine(), f.weekdayDateTime(at));
    }

    /** What it means and what to do, in plain words. */
    String inUseExplain(InUse other, Path dir) {
        return m.text("inUse.explain", other.machine(), dir.toString(), appName());
    }

    String openAnyway() {
        return m.text("inUse.openAnyway");
    }

    String quit() {
        return m.text("inUse.quit");
    }
}
