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
import java.util.Set;
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
 * <p>While other engineers are still moving their areas into bundles, {@link #STILL_ENGLISH} names those areas and
 * their owners: a plain text traced ({@link TextOrigins}) to an area on that list is reported, not failed. Anything
 * else fails. The list only shrinks; when it is empty, the scan is the whole proof. Every run writes what it found
 * to {@code target/pseudo-scan.txt}.
 */
class PseudoLocaleScanTest extends AppUiTest {
    /** An area still being moved into bundles: its name, who moves it, and the source paths it covers. */
    record StillEnglish(String area, String owner, List<String> paths) {
        StillEnglish(String area, String owner, String... paths) {
            this(area, owner, List.of(paths));
        }

        boolean covers(String path) {
            return paths.stream().anyMatch(path::startsWith);
        }
    }

    /** The areas not yet in bundles, with who is moving them. Remove an entry once its area passes. */
    static final List<StillEnglish> STILL_ENGLISH = List.of(
            new StillEnglish("the warning-sign check: questions, help, results, history, offers", "i18n",
                    "ui/warningsigns/", "core/warningsigns/", "content/warning-signs.json"),
            new StillEnglish("Ice & Heat: plan, timer, questions, safety settings, episode card, tray", "i18n2",
                    "ui/therapy/", "core/therapy/", "core/episode/"),
            new StillEnglish("alerts: alarm settings, notifications", "i18n2",
                    "ui/alert/", "ui/settings/AlertSettingsPane"),
            new StillEnglish("data: export, import, backups, sync", "i18n2", "ui/data/", "core/dataport/", "store/"));

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
                List<String> from = origins.of(f.text());
                StillEnglish area = areaOf(origins, from, f);
                String line = stop + ": " + f.kind() + " \"" + f.text().replace("\n", "\\n") + "\" (" + problem
                        + "; written in " + (from.isEmpty() ? "no source file, shown by " + f.madeBy() : from)
                        + "; at " + f.where() + ")";
                if (area == null) {
                    v.failures.add(line);
                } else {
                    v.tolerated.computeIfAbsent(area, a -> new LinkedHashSet<>()).add(line);
                }
            }
        });
        return v;
    }

    /**
     * The listed area a text belongs to: the one every file that wrote it (narrowed to the files that made the
     * node, see {@link TextOrigins#narrow}) is in; for a text no file writes, or only an English bundle (a text asked
     * for in English on purpose), the files that made the node; {@code null} when any of them is outside the list.
     */
    private static StillEnglish areaOf(TextOrigins origins, List<String> from, TextScan.Found f) {
        List<String> code = from.stream().filter(p -> !p.startsWith("i18n/")).toList();
        List<String> paths = code.isEmpty() ? origins.placeOf(f.where()) : origins.narrow(code, f.where());
        if (paths.isEmpty()) {
            paths = List.of(f.madeBy());
        }
        // written in several areas: the one of the code that made the node decides, when it is one of them
        Set<StillEnglish> madeIn = new LinkedHashSet<>();
        origins.placeOf(f.where()).forEach(p -> STILL_ENGLISH.stream().filter(e -> e.covers(p)).forEach(madeIn::add));
        for (String p : paths) {
            for (StillEnglish a : madeIn) {
                if (a.covers(p)) {
                    return a;
                }
            }
        }
        Set<StillEnglish> areas = new LinkedHashSet<>();
        for (String p : paths) {
            StillEnglish a = STILL_ENGLISH.stream().filter(e -> e.covers(p)).findFirst().orElse(null);
            if (a == null) {
                return null;
            }
            areas.add(a);
        }
        return areas.stream().filter(a -> a.covers(f.madeBy())).findFirst()
                .orElse(areas.stream().findFirst().orElse(null));
    }

    /** What stays as it is wherever it shows: the data folder, the user's notes, source titles and citations. */
    private List<String> kept() throws ContentException {
        // the data folder and the spreadsheet the walk imports; a content problem's file and place (its details)
        List<String> kept = new ArrayList<>(List.of(dataDir.toString(), dataDir.resolve("ratings.csv").toString(),
                "ratings.csv", "warning-signs.json", "$.signs[3].level",
                "\u201cDate\u201d", "\u201cPain\u201d")); // the spreadsheet's own column names, as the preview quotes them
        SourceRegistry sources = SourceRegistry.loadDefault();
        for (String id : sources.ids()) {
            Source s = sources.get(id);
            kept.addAll(List.of(s.fullCitation(), s.title(), s.citation(), s.link() == null ? "" : s.link()));
        }
        return kept;
    }

    private final class Verdict {
        final List<String> failures = new ArrayList<>();
        final Map<StillEnglish, Set<String>> tolerated = new LinkedHashMap<>();

        void write(Path file) throws IOException {
            List<String> out = new ArrayList<>();
            out.add("Pseudo-locale scan: " + seen.size() + " stops, "
                    + seen.values().stream().mapToInt(List::size).sum() + " texts read");
            out.add("Stops: " + String.join(", ", seen.keySet()));
            out.add("");
            out.add("FAILURES (" + failures.size() + ")");
            out.addAll(failures);
            for (StillEnglish area : STILL_ENGLISH) {
                Set<String> lines = tolerated.getOrDefault(area, Set.of());
                out.add("");
                out.add("STILL ENGLISH, owned by " + area.owner() + ": " + area.area() + " (" + lines.size() + ")"
                        + (lines.isEmpty() ? ": passes now, remove this entry" : ""));
                out.addAll(lines);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, out);
            System.out.println(String.join("\n", out.subList(0, Math.min(out.size(), 60))));
        }
    }
}
