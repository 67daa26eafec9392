package org.backspasm.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backspasm.i18n.EsReviewSheet.Row;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/translations/es-review.md} cannot go stale: every row's English and Spanish are the current text of its
 * file and key, every clinical key has exactly one row, and every row is back-translated and, where the meaning
 * shifted, marked and resolved. The clinical keys are {@link #CLINICAL}; the sheet's header lists the same.
 */
class EsReviewSheetTest {
    /** Which keys are clinical text, per file (patterns as in {@link EsReviewSheet#matches}; "!" leaves a key out). */
    static final Map<String, List<String>> CLINICAL = new LinkedHashMap<>();

    static {
        CLINICAL.put("shell_es", List.of("disclaimer.*", "!disclaimer.accept", "emergency.tooltip",
                "emergency.accessible"));
        CLINICAL.put("emergencynumber_es", List.of("*"));
        CLINICAL.put("settings_es", List.of("emergency.help", "emergency.problem.empty"));
        CLINICAL.put("warning-signs.es", List.of("*"));
        CLINICAL.put("warningsigns_es", List.of("result.emergency.*", "result.urgent.*", "result.book.*",
                "result.none.*", "result.kicker", "level.*", "lead", "notSure.note", "answer.yes", "answer.no",
                "answer.notSure", "why.with", "why.evenWithout", "why.notSure", "page.title.*", "page.instructions.*",
                "page.hint", "banner.*", "offers.title", "offer.*", "episodeAge", "problem.*", "history.lead"));
        CLINICAL.put("check_es", List.of("*"));
        CLINICAL.put("stretches.es", List.of("general.advice.*", "*.purpose", "*.caution.*", "*.stopIf.*",
                "*.gate.*"));
        CLINICAL.put("stretches_es", List.of("routines.lead", "problem.plain", "askFirst.*", "!askFirst.checkSigns",
                "row.backToBack", "caution.*", "cautions.ask", "injury.lead", "injury.ask", "injury.yes",
                "injury.later", "settings.clinicianOk", "settings.help", "player.hurts", "player.hurtsAccessible",
                "done.text", "pain.ask", "pain.stop", "pain.check"));
        CLINICAL.put("routines.es", List.of("*.summary", "*.howOften"));
        CLINICAL.put("therapy_es", List.of("advice.*", "question.safety.ice", "question.safety.heat",
                "question.drowsy.text", "question.stop.text", "question.endBreak", "answer.drowsy.yes",
                "answer.skinCheck.yes", "answer.endBreak.yes", "safety.help", "safety.block.*",
                "safety.heatOffToday", "timer.stage.overdue.*", "timer.stage.overdueLonger.*",
                "timer.stage.breakOver", "timer.stopped", "timer.next.end", "timer.left.overdue",
                "plan.apply.accessible", "plan.rest.accessible"));
        CLINICAL.put("alarms_es", List.of("*", "!withReminder"));
        CLINICAL.put("today_es", List.of("earlyDays.*", "tool.therapy.text", "tool.stretches.text",
                "tool.warningSigns.text"));
        CLINICAL.put("dayplan_es", List.of("about.*", "item.*", "card.askOnset"));
        CLINICAL.put("followup_es", List.of("oneWeek.*", "ask.*", "sixWeeks.*", "twelveWeeks.*", "why.*"));
        CLINICAL.put("reminders_es", List.of("*.body", "sitting.title", "settings.sitting", "settings.sittingHelp",
                "settings.hydration", "settings.fluidQuestion", "settings.fluidYes", "settings.fluidLimited"));
        CLINICAL.put("episode_es", List.of("onset.*", "whyAsk", "card.weekNudge"));
        CLINICAL.put("whathelps_es", List.of("card.intro", "card.caution", "card.empty", "card.median.*",
                "bar.scale"));
        CLINICAL.put("report_es", List.of("journal.note", "check.doneOn", "check.noRulesNothingOut",
                "signs.unreadable"));
    }

    private final Map<Path, Map<String, String>> files = new HashMap<>();

    @Test
    void theSheetIsReadableAndItsHeaderListsTheClinicalKeysOfThisTest() throws IOException {
        EsReviewSheet sheet = EsReviewSheet.read();
        assertEquals(List.of(), sheet.problems());
        assertEquals(CLINICAL, sheet.clinicalList(), "the sheet's | file | keys | table and CLINICAL differ");
    }

    @Test
    void everyRowHasTheCurrentEnglishAndSpanishOfItsFileAndKey() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Row row : EsReviewSheet.read().rows()) {
            Path es = EsReviewSheet.spanish(row.file());
            if (es == null || !Files.exists(es)) {
                problems.add(row.where() + ": no such file");
                continue;
            }
            String spanish = text(es).get(row.key());
            String english = text(EsReviewSheet.english(row.file())).get(row.key());
            if (spanish == null || english == null) {
                problems.add(row.where() + ": no such key");
                continue;
            }
            if (!spanish.equals(row.spanish())) {
                problems.add(row.where() + ": the Spanish is now «" + spanish + "» (update the row; its "
                        + "back-translation is of the old Spanish)");
            }
            if (!english.equals(row.english())) {
                problems.add(row.where() + ": the English is now \"" + english + "\" (update the row, and check "
                        + "the Spanish still says the same)");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyClinicalKeyHasExactlyOneRow() throws IOException {
        Map<String, Integer> rowsPerKey = new HashMap<>();
        EsReviewSheet.read().rows().forEach(r -> rowsPerKey.merge(r.file() + " " + r.key(), 1, Integer::sum));
        List<String> problems = new ArrayList<>();
        rowsPerKey.forEach((key, n) -> {
            if (n > 1) {
                problems.add(key + " has " + n + " rows");
            }
        });
        int clinical = 0;
        for (var entry : CLINICAL.entrySet()) {
            List<String> keys = text(EsReviewSheet.spanish(entry.getKey())).keySet().stream()
                    .filter(k -> EsReviewSheet.selected(entry.getValue(), k)).sorted().toList();
            for (String pattern : entry.getValue()) {
                String p = pattern.replace("!", "");
                if (keys.stream().noneMatch(k -> EsReviewSheet.matches(p, k)) && !pattern.startsWith("!")) {
                    problems.add(entry.getKey() + ": " + pattern + " matches no key (renamed?)");
                }
            }
            for (String key : keys) {
                clinical++;
                if (!rowsPerKey.containsKey(entry.getKey() + " " + key)) {
                    problems.add(entry.getKey() + " " + key + " is clinical text and has no row in es-review.md");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(clinical > 400, "the clinical list shrank to " + clinical + " keys");
    }

    @Test
    void everyRowIsBackTranslatedAndEveryShiftIsResolved() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Row row : EsReviewSheet.read().rows()) {
            if (row.backTranslation().isBlank() || row.backTranslation().contains("(pending")) {
                problems.add(row.where() + ": no back-translation");
            }
            String shift = row.shift().toLowerCase(Locale.ROOT);
            if (shift.isBlank()) {
                problems.add(row.where() + ": the shift? cell is empty (write none, or mark and resolve)");
            } else if (shift.contains("(pending")) {
                problems.add(row.where() + ": the shift? cell is still pending");
            } else if (shift.contains("marked") && !shift.contains("resolved") && !shift.contains("kept")) {
                problems.add(row.where() + ": a marked shift must say how it was resolved (or why it is kept)");
            }
        }
        assertEquals(List.of(), problems);
    }

    private Map<String, String> text(Path file) {
        return files.computeIfAbsent(file, f -> {
            try {
                return BundleCompletenessTest.read(f);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
