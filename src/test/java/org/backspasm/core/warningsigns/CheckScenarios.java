package org.backspasm.core.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of whole-check scenarios ({@code check-scenarios.txt}, beside this class in the test resources): the
 * answers by sign id and the level CLINICAL-FACTS gives for them. Nothing in it depends on the language of the
 * questions, so the same table checks any catalog: {@link #check} takes the catalog to run against (issue 19 runs
 * it with the Spanish one).
 */
public final class CheckScenarios {
    static final String FILE = "check-scenarios.txt";
    /** After the listed answers, every question still unanswered that the check asks is answered no. */
    static final String REST_NO = "rest=NO";

    /**
     * One line of the table.
     *
     * @param line     its line number in the file (for messages)
     * @param expected the level the facts give
     * @param name     what the scenario is, in a few words
     * @param answers  sign id to answer, in the order given
     * @param restNo   whether every other question asked is answered no
     */
    public record Scenario(int line, Level expected, String name, Map<String, Answer> answers, boolean restNo) {
        @Override
        public String toString() {
            return "line " + line + ": " + name + " → " + expected;
        }
    }

    private CheckScenarios() {
    }

    public static List<Scenario> load() {
        try (InputStream in = CheckScenarios.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Scenario> parse(String text) {
        List<Scenario> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": needs LEVEL | name | answers");
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            boolean restNo = false;
            for (String a : parts[2].strip().split("\\s+")) {
                if (a.equals(REST_NO)) {
                    restNo = true;
                    continue;
                }
                String[] kv = a.split("=");
                if (kv.length != 2 || answers.put(kv[0], Answer.valueOf(kv[1])) != null) {
                    throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": bad or repeated answer " + a);
                }
            }
            out.add(new Scenario(i + 1, Level.valueOf(parts[0].strip()), parts[1].strip(), answers, restNo));
        }
        return out;
    }

    /** Runs the scenario through the check built from this catalog and asserts the level; the check as answered. */
    public static Assessment check(SignCatalog catalog, Scenario s) {
        Assessment a = Assessment.start(catalog);
        for (Map.Entry<String, Answer> e : s.answers().entrySet()) {
            assertTrue(catalog.find(e.getKey()).isPresent(), s + ": no question " + e.getKey());
            a = a.with(e.getKey(), e.getValue());
        }
        for (String id : s.answers().keySet()) {
            assertTrue(a.isAsked(catalog.sign(id)), s + ": " + id + " is not asked with these answers");
        }
        if (s.restNo()) {
            a = restNo(a);
        }
        assertEquals(s.expected(), a.level(), s + ", answers " + a.askedAnswers());
        if (s.expected() == Level.NONE) {
            assertTrue(a.findings().isEmpty(), s + ": nothing is listed");
        } else {
            assertEquals(s.expected(), a.findings().get(0).level(), s + ": the most urgent sign is listed first");
        }
        return a;
    }

    /** Every question the check asks that has no answer yet gets a no (follow-ups included, once asked). */
    static Assessment restNo(Assessment a) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (WarningSign w : a.catalog().signs()) {
                if (a.isAsked(w) && a.answer(w.id()).isEmpty()) {
                    a = a.with(w.id(), Answer.NO);
                    changed = true;
                }
            }
        }
        return a;
    }
}
