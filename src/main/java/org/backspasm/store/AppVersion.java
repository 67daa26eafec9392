package org.backspasm.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, from {@code version.properties}; "unknown" when the resource is missing. */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/backspasm/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
