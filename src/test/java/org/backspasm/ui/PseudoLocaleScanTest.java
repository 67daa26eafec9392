package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.Source;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.i18n.Pseudo;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.AppWalk;
import org.backspasm.testing.PseudoTexts;
import org.backspasm.testing.TextOrigins;
import org.backspasm.testing.TextScan;
import org.junit.jupiter.api.Test;

/**
 * The proof that nothing on screen is written into the code: the app starts in the pseudo-locale (every text from a
 * bundle or a content text file comes out accented, longer and in brackets), {@link AppWalk} goes through every
 * screen, question, card, result and notice, and {@link TextScan} reads every text shown at each stop (labels,
 * texts, prompts, tooltips, accessible texts, list and menu items, window titles) plus every notification raised.
 * Any text with a plain letter fails, except the user's own data, the data folder's path, source titles and
 * citations, and key names in shortcuts ({@link PseudoTexts}).
 *
 * <p>Every run writes what it found to {@code target/pseudo-scan.txt}, with the source file that writes each
 * failing text ({@link TextOrigins}).
 */
class PseudoLocaleScanTest extends AppUiTest {
    private final Map<String, List<TextScan.Found>> seen = new LinkedHashMap<>();

    @Override
    protected Locale locale() {
        return Pseudo.LOCALE;
    }

    @Override
    protected boolean acceptDisclaimerBeforeStart() {
        return false;
    }

    @Test
    void everyScreenQuestionCardResultAndNoticeComesFromTheBundles() throws Exception {
        AppWalk walk = new AppWalk(this, stop -> fx(() -> {
            List<TextScan.Found> found = seen.computeIfAbsent(stop, k -> new ArrayList<>());
            found.addAll(TextScan.showingWindows());
            if (stop.equals("notifications")) {
                ctx.alerter().history().forEach(a -> {
                    found.add(new TextScan.Found(a.title(), "notification title", "alerter", "ui/alert/Alerter"));
                    found.add(new TextScan.Found(a.text(), "notification text", "alerter", "ui/alert/Alerter"));
                });
            }
        }));
        walk.run();
        assertEquals(AppWalk.STOPS, walk.seen(), "the walk reached every stop, in order");
        seen.forEach((stop, found) -> assertTrue(found.size() > 3, stop + " shows texts"));
        assertTrue(seen.get("notifications").stream().anyMatch(f -> f.kind().startsWith("notification")),
                "the walk raised alarms");

        Verdict verdict = judge();
        verdict.write(Path.of("target", "pseudo-scan.txt"));
        assertEquals(List.of(), verdict.failures, "texts not from a bundle (see target/pseudo-scan.txt)");
    }

    /** Sorts every plain text found into failures and the ones in an area still listed as English. */
    private Verdict judge() throws ContentException {
        PseudoTexts rule = new PseudoTexts(kept());
        TextOrigins origins = TextOrigins.ofThisCheckout();
        Verdict v = new Verdict();
        seen.forEach((stop, found) -> {
            for (TextScan.Found f : new LinkedHashSet<>(found)) {
                String problem = rule.problem(f.text());
                if (problem == null) {
                    continue;
                }
                List<String> from = origins.narrow(origins.of(f.text()), f.where()); // the files that made this node
                String line = stop + ": " + f.kind() + " \"" + f.text().replace("\n", "\\n") + "\" (" + problem
                        + "; written in " + (from.isEmpty() ? "no source file, shown by " + f.madeBy() : from)
                        + "; at " + f.where() + ")";
                v.failures.add(line);
            }
        });
        return v;
    }

    /** What stays as it is wherever it shows: the data folder, the user's notes, source titles and citations. */
    private List<String> kept() throws ContentException {
        // paths on the user's disk (the data folder, its backups folder, the spreadsheet the walk imports), a content
        // problem's file and place (its details), the spreadsheet's own column names as the preview quotes them
        List<String> kept = new ArrayList<>(List.of(dataDir.toString(), dataDir.resolve("backups").toString(),
                dataDir.resolve("ratings.csv").toString(), "ratings.csv", "warning-signs.json", "$.signs[3].level",
                "\u201cDate\u201d", "\u201cPain\u201d"));
        SourceRegistry sources = SourceRegistry.loadDefault();
        for (String id : sources.ids()) {
            Source s = sources.get(id);
            kept.addAll(List.of(s.fullCitation(), s.title(), s.citation(), s.link() == null ? "" : s.link()));
        }
        return kept;
    }

    private final class Verdict {
        final List<String> failures = new ArrayList<>();

        void write(Path file) throws IOException {
            List<String> out = new ArrayList<>();
            out.add("Pseudo-locale scan: " + seen.size() + " stops, "
                    + seen.values().stream().mapToInt(List::size).sum() + " texts read");
            out.add("Stops: " + String.join(", ", seen.keySet()));
            out.add("");
            out.add("FAILURES (" + failures.size() + ")");
            out.addAll(failures);
            Files.createDirectories(file.getParent());
            Files.write(file, out);
            System.out.println(String.join("\n", out.subList(0, Math.min(out.size(), 60))));
        }
    }
}
