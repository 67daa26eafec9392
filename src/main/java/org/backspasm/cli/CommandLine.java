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
 */
public record CommandLine(Action action, boolean json, Optional<String> dataDir, String problem) {

    /** What the command line asks for. */
    public enum Action { WINDOW, STATUS, HELP, VERSION, USAGE_ERROR }

    public static final String HELP = "--help";
    public static final String VERSION = "--version";
    public static final String JSON = "--json";

    public static CommandLine parse(List<String> args) {
        boolean status = false;
        boolean json = false;
        boolean help = false;
        boolean version = false;
        String dataDir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String valueOfDataDir = null;
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
        return new CommandLine(status ? Action.STATUS : Action.WINDOW, json, Optional.ofNullable(dataDir), null);
    }

    private static CommandLine error(String problem) {
        return new CommandLine(Action.USAGE_ERROR, false, Optional.empty(), problem);
    }
}
