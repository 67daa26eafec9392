package org.backspasm.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data. In order: {@code --data-dir DIR} on the command line, the environment variable
 * {@code BACKSPASM_DATA_DIR}, then the OS convention (XDG data home on Linux, Application Support on macOS,
 * %APPDATA% on Windows). Pure: the OS name, environment and home are passed in, so every case can be tested.
 */
public final class DataDirs {
    public static final String ENV_VAR = "BACKSPASM_DATA_DIR";
    public static final String OPTION = "--data-dir";
    static final String LINUX_NAME = "back-spasm-companion";
    static final String DISPLAY_NAME = "Back Spasm Companion";

    private DataDirs() {
    }

    /** The data folder for these arguments, environment, OS name ({@code os.name}) and home folder. */
    public static Path resolve(List<String> args, Map<String, String> env, String osName, Path home) {
        String fromArgs = optionValue(args);
        if (fromArgs != null) {
            return Path.of(fromArgs).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(DISPLAY_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(DISPLAY_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(LINUX_NAME);
    }

    /** The data folder for this running process. */
    public static Path forThisProcess(List<String> args) {
        return resolve(args, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** The value of {@code --data-dir DIR} or {@code --data-dir=DIR}, or null. */
    static String optionValue(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(OPTION) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith(OPTION + "=")) {
                return a.substring(OPTION.length() + 1);
            }
        }
        return null;
    }
}
