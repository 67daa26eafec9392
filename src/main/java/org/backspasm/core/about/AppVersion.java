package org.backspasm.core.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The app's one version, as Maven built it: {@code version.properties} is filled from the pom's version at build
 * time, and {@code --version}, the About text, the reports and the installed package (made from the same pom) all
 * say this one.
 */
public final class AppVersion {
    static final String RESOURCE = "/org/backspasm/version.properties";
    private static final String CURRENT = read(AppVersion.class.getResourceAsStream(RESOURCE));

    private AppVersion() {
    }

    /** The version, e.g. "0.1.0"; "unknown" when the build left the resource out. */
    public static String current() {
        return CURRENT;
    }

    /** The app's name in the language of the locale, with its version ("Back Spasm Companion 0.1.0"). */
    public static String nameAndVersion(java.util.Locale locale) {
        return org.backspasm.core.i18n.Messages.of("settings", locale).text("about.version", CURRENT);
    }

    static String read(InputStream resource) {
        if (resource == null) {
            return "unknown";
        }
        try (InputStream in = resource) {
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
