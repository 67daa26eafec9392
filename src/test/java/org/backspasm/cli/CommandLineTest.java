package org.backspasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.backspasm.cli.CommandLine.Action;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static CommandLine parse(String... args) {
        return CommandLine.parse(List.of(args));
    }

    @Test
    void noOptionOpensTheWindow() {
        CommandLine c = parse();
        assertEquals(Action.WINDOW, c.action());
        assertEquals(Optional.empty(), c.dataDir());
        assertFalse(c.json());
    }

    @Test
    void dataDirInBothSpellings() {
        assertEquals(Optional.of("/tmp/a b"), parse("--data-dir", "/tmp/a b").dataDir());
        assertEquals(Optional.of("/tmp/x"), parse("--data-dir=/tmp/x").dataDir());
        assertEquals(Action.WINDOW, parse("--data-dir=/tmp/x").action());
    }

    @Test
    void statusAndJson() {
        CommandLine c = parse("--status", "--json", "--data-dir", "d");
        assertEquals(Action.STATUS, c.action());
        assertTrue(c.json());
        assertEquals(Optional.of("d"), c.dataDir());
        assertEquals(Action.STATUS, parse("--json", "--status").action());
        assertFalse(parse("--status").json());
    }

    @Test
    void helpAndVersionWinOverOtherOptions() {
        assertEquals(Action.HELP, parse("--status", "--help").action());
        assertEquals(Action.HELP, parse("-h").action());
        assertEquals(Action.HELP, parse("--version", "--help").action());
        assertEquals(Action.VERSION, parse("--version").action());
        assertEquals(Action.VERSION, parse("-V", "--status").action());
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsWrong() {
        assertProblem("unknown option --bogus.", "--bogus");
        assertProblem("unknown option --stat.", "--stat");
        assertProblem("unexpected argument \"status\" (the app takes options only).", "status");
        assertProblem("--json only goes with --status.", "--json");
        assertProblem("--data-dir needs a folder after it.", "--data-dir");
        assertProblem("--data-dir needs a folder after it.", "--data-dir=");
        assertProblem("--data-dir is given twice.", "--data-dir", "a", "--data-dir=b");
        assertProblem("unknown option --bogus.", "--help", "--bogus");
    }

    @Test
    void theFinderProcessSerialNumberIsIgnored() {
        assertEquals(Action.WINDOW, parse("-psn_0_12345").action());
    }

    private static void assertProblem(String problem, String... args) {
        CommandLine c = parse(args);
        assertEquals(Action.USAGE_ERROR, c.action(), List.of(args).toString());
        assertEquals(problem, c.problem().text(java.util.Locale.UK));
    }
}
