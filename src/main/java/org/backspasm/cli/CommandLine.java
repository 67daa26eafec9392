package org.backspasm.cli;

import java.util.List;
import java.util.Optional;

/**
 * The command line, parsed and checked before anything else happens. Pure: no file, no window, no output; what to
 * do with it is {@link CommandRunner}'s job.
 *
 * @param action what was asked for
 * @param json {@code --json} was given (only with {@code --status})
 * @param dataDir the value of {@code --data-dir}, if given
 * @param problem for {@link Action#USAGE_ERROR}: what is wrong, in one sentence (in any language); otherwise null
 * @param target for {@link Action#EXPORT} the file, for {@link Action#BACKUP} the folder; otherwise empty
 */
public record CommandLine(Action action, boolean json, Optional<String> dataDir, Problem problem,
        Optional<String> target) {

    /** What is wrong with the command line: a text of the {@code cli} bundle, said in the language asked for. */
    public record Problem(String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        public String text(java.util.Locale locale) {
            return org.backspasm.core.i18n.Messages.of("cli", locale).text(key, args.toArray());
        }
    }

    /** What the command line asks for. */
    public enum Action { WINDOW, STATUS, EXPORT, BACKUP, HELP, VERSION, USAGE_ERROR }

    public static final String EXPORT = "--export";
    public static final String BACKUP = "--backup";

    public CommandLine(Action action, boolean json, Optional<String> dataDir, Problem problem) {
        this(action, json, dataDir, problem, Optional.empty());
    }

    public static final String HELP = "--help";
    public static final String VERSION = "--version";
    public static final String JSON = "--json";

    public static CommandLine parse(List<String> args) {
        boolean status = false;
        boolean json = false;
        boolean help = false;
        boolean version = false;
        String dataDir = null;
        Action port = null;
        String target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String valueOfDataDir = null;
            Action portHere = a.equals(EXPORT) || a.startsWith(EXPORT + "=") ? Action.EXPORT
                    : a.equals(BACKUP) || a.startsWith(BACKUP + "=") ? Action.BACKUP : null;
            if (portHere != null) {
                String name = portHere == Action.EXPORT ? EXPORT : BACKUP;
                String value = a.equals(name) ? (i + 1 < args.size() ? args.get(++i) : null)
                        : a.substring(name.length() + 1);
                if (value == null || value.isBlank() || a.equals(name) && value.startsWith("--")) {
                    return portHere == Action.EXPORT ? error("problem.needsFile", name)
                            : error("problem.needsFolder", name);
                }
                if (port != null) {
                    return port == portHere ? error("problem.twice", name)
                            : error("problem.oneAtATime", EXPORT, BACKUP);
                }
                port = portHere;
                target = value;
                continue;
            }
            if (a.equals(HELP) || a.equals("-h")) {
                help = true;
            } else if (a.equals(VERSION) || a.equals("-V")) {
                version = true;
            } else if (a.equals(StatusCommand.OPTION)) {
                status = true;
            } else if (a.equals(JSON)) {
                json = true;
            } else if (a.equals(org.backspasm.store.DataDirs.OPTION)) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    return error("problem.needsFolder", org.backspasm.store.DataDirs.OPTION);
                }
                valueOfDataDir = args.get(++i);
            } else if (a.startsWith(org.backspasm.store.DataDirs.OPTION + "=")) {
                valueOfDataDir = a.substring(org.backspasm.store.DataDirs.OPTION.length() + 1);
                if (valueOfDataDir.isBlank()) {
                    return error("problem.needsFolder", org.backspasm.store.DataDirs.OPTION);
                }
            } else if (a.startsWith("-psn_")) {
                continue; // older macOS adds a process serial number when the app is opened from the Finder
            } else if (a.startsWith("-")) {
                return error("problem.unknownOption", a);
            } else {
                return error("problem.unexpected", a);
            }
            if (valueOfDataDir != null) {
                if (dataDir != null) {
                    return error("problem.twice", org.backspasm.store.DataDirs.OPTION);
                }
                dataDir = valueOfDataDir;
            }
        }
        if (help) {
            return new CommandLine(Action.HELP, false, Optional.ofNullable(dataDir), null);
        }
        if (version) {
            return new CommandLine(Action.VERSION, false, Optional.ofNullable(dataDir), null);
        }
        if (json && !status) {
            return error("problem.jsonOnlyWithStatus");
        }
        if (port != null) {
            if (status) {
                return error("problem.oneAtATime", StatusCommand.OPTION, port == Action.EXPORT ? EXPORT : BACKUP);
            }
            return new CommandLine(port, false, Optional.ofNullable(dataDir), null, Optional.of(target));
        }
        return new CommandLine(status ? Action.STATUS : Action.WINDOW, json, Optional.ofNullable(dataDir), null);
    }

    private static CommandLine error(String key, Object... args) {
        return new CommandLine(Action.USAGE_ERROR, false, Optional.empty(), new Problem(key, List.of(args)));
    }
}
