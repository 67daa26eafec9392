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
 * @param problem for {@link Action#USAGE_ERROR}: what is wrong, in one sentence; otherwise null
 * @param target for {@link Action#EXPORT} the file, for {@link Action#BACKUP} the folder; otherwise empty
 */
public record CommandLine(Action action, boolean json, Optional<String> dataDir, String problem,
        Optional<String> target) {

    /** What the command line asks for. */
    public enum Action { WINDOW, STATUS, EXPORT, BACKUP, HELP, VERSION, USAGE_ERROR }

    public static final String EXPORT = "--export";
    public static final String BACKUP = "--backup";

    public CommandLine(Action action, boolean json, Optional<String> dataDir, String problem) {
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
                String what = portHere == Action.EXPORT ? "a file" : "a folder";
                String value = a.equals(name) ? (i + 1 < args.size() ? args.get(++i) : null)
                        : a.substring(name.length() + 1);
                if (value == null || value.isBlank() || a.equals(name) && value.startsWith("--")) {
                    return error(name + " needs " + what + " after it.");
                }
                if (port != null) {
                    return error(port == portHere ? name + " is given twice." : "--export and --backup go one at a time.");
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
                    return error("--data-dir needs a folder after it.");
                }
                valueOfDataDir = args.get(++i);
            } else if (a.startsWith(org.backspasm.store.DataDirs.OPTION + "=")) {
                valueOfDataDir = a.substring(org.backspasm.store.DataDirs.OPTION.length() + 1);
                if (valueOfDataDir.isBlank()) {
                    return error("--data-dir needs a folder after it.");
                }
            } else if (a.startsWith("-psn_")) {
                continue; // older macOS adds a process serial number when the app is opened from the Finder
            } else if (a.startsWith("-")) {
                return error("unknown option " + a + ".");
            } else {
                return error("unexpected argument \"" + a + "\" (the app takes options only).");
            }
            if (valueOfDataDir != null) {
                if (dataDir != null) {
                    return error("--data-dir is given twice.");
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
            return error("--json only goes with --status.");
        }
        if (port != null) {
            if (status) {
                return error("--status and " + (port == Action.EXPORT ? EXPORT : BACKUP) + " go one at a time.");
            }
            return new CommandLine(port, false, Optional.ofNullable(dataDir), null, Optional.of(target));
        }
        return new CommandLine(status ? Action.STATUS : Action.WINDOW, json, Optional.ofNullable(dataDir), null);
    }

    private static CommandLine error(String problem) {
        return new CommandLine(Action.USAGE_ERROR, false, Optional.empty(), problem);
    }
}
