package org.backspasm.cli;

/** The process exit codes, the one place they are defined; {@code --help} and the README list them. */
public final class ExitCodes {
    /** Done as asked. */
    public static final int OK = 0;
    /** The data folder cannot be read (for {@code --status}); nothing was changed. */
    public static final int UNREADABLE_DATA = 2;
    /** The command line is wrong (the BSD sysexits value EX_USAGE); the usage went to stderr. */
    public static final int USAGE = 64;
    /** The export or backup file cannot be written (the BSD sysexits value EX_CANTCREAT); nothing was left half-done. */
    public static final int CANNOT_WRITE = 73;

    private ExitCodes() {
    }
}
