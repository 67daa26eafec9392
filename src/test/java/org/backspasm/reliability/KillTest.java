package org.backspasm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.backspasm.core.state.Sections;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@link KillDriver}, kills it with SIGKILL at a random moment, checks the data folder, restarts it, over
 * and over. After each kill: {@code state.json} parses; every step acknowledged so far is in the journal exactly
 * once; nothing is in it twice; the stored timer is the one of the last acknowledged step (or of the step in
 * flight, written but not yet acknowledged), segment and instants exactly. {@code mvn test} runs a short version;
 * {@code mvn -Preliability verify} runs {@value #FULL_KILLS} kills (system property {@code reliability.kills}).
 * A SIGKILL stops the process, not the machine: what is proven is that no write is ever seen half done or out of
 * order; the forcing to disk (file and folder) is what carries that over a power cut.
 */
class KillTest {
    static final int FULL_KILLS = 200;
    private static final int SHORT_KILLS = 5;

    @TempDir
    Path dir;

    /** The highest step acknowledged; steps in flight at a kill (written, not acknowledged) are skipped. */
    private int acknowledged;
    private final BitSet acked = new BitSet();
    private boolean firstOfRun;
    private int lost;
    private int duplicated;
    private int unreadableStates;
    private int wrongTimers;
    private int notes;
    private int insideStateWrite;
    private final List<String> problems = new ArrayList<>();

    @Test
    void nothingAcknowledgedIsEverLost() throws Exception {
        int kills = Integer.getInteger("reliability.kills", SHORT_KILLS);
        long seed = Long.getLong("reliability.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int k = 0; k < kills; k++) {
            runAndKill(random);
            verify();
        }
        String summary = "reliability: kills " + kills + ", acknowledged " + acked.cardinality() + ", lost " + lost
                + ", duplicated " + duplicated + ", unreadable states " + unreadableStates;
        System.out.println(summary);
        Report.line("kills.txt", summary + " (wrong timers " + wrongTimers + ", kills inside a state write "
                + insideStateWrite + ", store notes " + notes + ", seed " + seed + ")");
        assertEquals(List.of(), problems, summary);
        assertTrue(acknowledged >= kills, "the driver got work done between kills: " + summary);
    }

    private void runAndKill(Random random) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(javaCommand()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int killAfter = 1 + random.nextInt(40);
        long spin = random.nextInt(3_000_000);
        int seen = 0;
        firstOfRun = true;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = out.readLine()) != null) {
                seen += read(line);
                if (!killed && seen >= killAfter) {
                    long until = System.nanoTime() + spin; // a random moment inside the writes that follow
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    p.toHandle().destroyForcibly(); // SIGKILL on Linux and macOS; the pipe stays open to drain
                    killed = true;
                }
            }
        }
        p.waitFor();
    }

    /** Counts an acknowledgement; every ACK read is a promise, also those read after the kill. */
    private int read(String line) {
        if (line.startsWith("ACK ")) {
            int n = Integer.parseInt(line.substring(4));
            boolean next = n == acknowledged + 1 || firstOfRun && n == acknowledged + 2;
            if (!next) {
                problems.add("acknowledged " + n + " after " + acknowledged);
            }
            firstOfRun = false;
            acked.set(n);
            acknowledged = Math.max(acknowledged, n);
            return 1;
        }
        if (line.startsWith("NOTE ")) {
            notes++;
            if (line.contains("settings") || line.contains("timer")) {
                unreadableStates++;
                problems.add(line);
            }
        } else if (line.startsWith("FAIL")) {
            problems.add(line);
        }
        return 0;
    }

    private void verify() throws IOException {
        TherapyState timer;
        try {
            var raw = StateStore.readOnly(dir).get(Sections.THERAPY.key());
            timer = raw == null ? null : StateStore.decode(raw, Sections.THERAPY);
        } catch (IOException | RuntimeException e) {
            unreadableStates++;
            problems.add("state.json after " + acknowledged + ": " + e.getMessage());
            return;
        }
        Map<Integer, Integer> count = new HashMap<>();
        for (JournalEntry e : JournalStore.readOnly(dir)) {
            int step = KillDriver.stepOf(e);
            if (step > 0) {
                count.merge(step, 1, Integer::sum);
            }
        }
        for (int n = acked.nextSetBit(0); n >= 0; n = acked.nextSetBit(n + 1)) {
            if (!count.containsKey(n)) {
                lost++;
                problems.add("step " + n + " acknowledged but not in the journal");
            }
        }
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            if (e.getValue() > 1) {
                duplicated += e.getValue() - 1;
                problems.add("step " + e.getKey() + " is in the journal " + e.getValue() + " times");
            }
            if (e.getKey() > acknowledged + 1) {
                problems.add("step " + e.getKey() + " is in the journal, but only " + acknowledged + " were acknowledged");
            }
        }
        try (var files = java.nio.file.Files.list(dir)) {
            if (files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"))) {
                insideStateWrite++; // the next start removes the temp file; state.json was never touched
            }
        }
        int at = timer == null || timer.run() == null ? 0 : timer.run().index();
        boolean right = acknowledged == 0 && timer == null
                || (at == acknowledged || at == acknowledged + 1) && KillDriver.stateAt(at).equals(timer);
        if (!right) {
            wrongTimers++;
            problems.add("after " + acknowledged + " acknowledged the stored timer is at segment " + at + ": " + timer);
        }
    }

    private List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(File.pathSeparator, where(KillDriver.class), where(StateStore.class), where(Gson.class));
        return List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-cp", cp,
                KillDriver.class.getName(), dir.toString());
    }

    private static String where(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
