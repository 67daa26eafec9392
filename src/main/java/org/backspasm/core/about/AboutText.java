package org.backspasm.core.about;

/** The About section's words (Settings): the app's name and version, its licence and the runtime it runs on. */
public final class AboutText {
    private AboutText() {
    }

    public static String title() {
        return AppVersion.nameAndVersion();
    }

    /** Under the title; the versions are the running runtime's (java.version, javafx.runtime.version). */
    public static String detail(String javaVersion, String javafxVersion) {
        return "Free software under the MIT licence. Runs on its own Java runtime: Java " + orUnknown(javaVersion)
                + ", JavaFX " + orUnknown(javafxVersion) + ".";
    }

    private static String orUnknown(String v) {
        return v == null || v.isBlank() ? "(unknown)" : v;
    }
}
