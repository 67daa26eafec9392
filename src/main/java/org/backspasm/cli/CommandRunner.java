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
            case HELP -> out.println(usage(locale()));
            case VERSION -> out.println(AppVersion.nameAndVersion(locale()));
            case STATUS -> {
                return OptionalInt.of(StatusCommand.run(args, env, osName, home, clock, out, err));
            }
            case EXPORT -> {
                return OptionalInt.of(PortCommands.export(dataDir(args), line.target().orElseThrow(), clock, locale(),
                        out, err));
            }
            case BACKUP -> {
                return OptionalInt.of(PortCommands.backup(dataDir(args), line.target().orElseThrow(), clock, locale(),
                        out, err));
            }
            case USAGE_ERROR -> {
                err.println("back-spasm-companion: " + line.problem().text(locale()));
                err.println();
                err.println(usage(locale()));
                return OptionalInt.of(ExitCodes.USAGE);
            }
            case WINDOW -> {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(ExitCodes.OK);
    }

    /** The help text in the locale's language (the options themselves are the same in every language). */
    static String usage(java.util.Locale locale) {
        return org.backspasm.core.i18n.Messages.of("cli", locale).text("help",
                org.backspasm.core.i18n.Messages.of("shell", locale).text("app.name"), ExitCodes.OK,
                ExitCodes.UNREADABLE_DATA, ExitCodes.USAGE, ExitCodes.CANNOT_WRITE);
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
