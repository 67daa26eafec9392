package org.backspasm.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.backspasm.core.about.AppVersion;

/**
 * Carries out the commands that need no window ({@code --help}, {@code --version}, {@code --status}, a wrong
 * command line) and says which exit code they end with. The environment, OS, home folder and clock are passed in,
 * so every case runs in a test without a process of its own.
 */
public final class CommandRunner {
    static final String USAGE = String.join("\n",
            "Back Spasm Companion: ice and heat timers, stretches and a warning-sign check for back spasms.",
            "",
            "Usage: back-spasm-companion [--data-dir DIR] [--status [--json] | --export FILE | --backup DIR]",
            "       back-spasm-companion --help | --version",
            "",
            "  (no option)      open the app's window",
            "  --data-dir DIR   keep the app's data in DIR (also: environment variable BACKSPASM_DATA_DIR)",
            "  --status         print the episode and the ice/heat timer in one line, and exit (no window)",
            "  --status --json  the same as one line of JSON on stdout, nothing else (\"rounds\": 0 means",
            "                   until stopped)",
            "  --export FILE    write the journal as CSV to FILE (- for stdout), and exit (no window)",
            "  --backup DIR     write a backup file of the data folder (a zip with checksums) into DIR, print its",
            "                   path, and exit (no window)",
            "  --version        print the version and exit",
            "  --help, -h       show this text and exit",
            "",
            "Exit codes:",
            "  " + ExitCodes.OK + "   done",
            "  " + ExitCodes.UNREADABLE_DATA + "   the data folder cannot be read (--status, --export), or holds nothing to"
                    + " back up;",
            "      nothing was changed or written",
            "  " + ExitCodes.USAGE + "  the command line is wrong; this text goes to stderr",
            "  " + ExitCodes.CANNOT_WRITE + "  the export or backup cannot be written there; nothing was written");

    private final Map<String, String> env;
    private final String osName;
    private final Path home;
    private final Clock clock;

    public CommandRunner(Map<String, String> env, String osName, Path home, Clock clock) {
        this.env = env;
        this.osName = osName;
        this.home = home;
        this.clock = clock;
    }

    public static CommandRunner forThisProcess() {
        return new CommandRunner(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")), Clock.systemDefaultZone());
    }

    /**
     * Runs what the command line asks for if it needs no window, and gives the exit code; empty when the window
     * should open. {@code out} gets only what was asked for; messages and the usage after a mistake go to
     * {@code err}.
     */
    public OptionalInt run(CommandLine line, List<String> args, PrintStream out, PrintStream err) {
        switch (line.action()) {
            case HELP -> out.println(USAGE);
            case VERSION -> out.println(AppVersion.nameAndVersion(locale()));
            case STATUS -> {
                return OptionalInt.of(StatusCommand.run(args, env, osName, home, clock, out, err));
            }
            case EXPORT -> {
                return OptionalInt.of(PortCommands.export(dataDir(args), line.target().orElseThrow(), clock, out, err));
            }
            case BACKUP -> {
                return OptionalInt.of(PortCommands.backup(dataDir(args), line.target().orElseThrow(), clock, out, err));
            }
            case USAGE_ERROR -> {
                err.println("back-spasm-companion: " + line.problem());
                err.println();
                err.println(USAGE);
                return OptionalInt.of(ExitCodes.USAGE);
            }
            case WINDOW -> {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(ExitCodes.OK);
    }

    /** The computer's language as the app sees it (the settings are not read for these commands). */
    private java.util.Locale locale() {
        return org.backspasm.core.i18n.Languages.system(System.getProperty(org.backspasm.core.i18n.Languages.PROPERTY),
                env.get(org.backspasm.core.i18n.Languages.VARIABLE), java.util.Locale.getDefault());
    }

    private Path dataDir(List<String> args) {
        return org.backspasm.store.DataDirs.resolve(args, env, osName, home);
    }

    /** The version Maven built (the pom's, from {@code version.properties}); "unknown" when it is missing. */
    public static String version() {
        return AppVersion.current();
    }
}
