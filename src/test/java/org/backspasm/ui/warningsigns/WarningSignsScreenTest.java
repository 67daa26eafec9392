package org.backspasm.ui.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.backspasm.core.journal.CheckAnswer;
import org.backspasm.core.journal.CheckLevel;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class WarningSignsScreenTest extends AppUiTest {

    private List<WarningSignCheckRecord> checks() {
        return ctx.journal().entries().stream().filter(WarningSignCheckRecord.class::isInstance)
                .map(WarningSignCheckRecord.class::cast).toList();
    }

    private boolean showing(String query) {
        Node n = lookup(query).tryQuery().orElse(null);
        return n != null && n.getScene() != null && n.isVisible();
    }

    private String text(String query) {
        return ((Labeled) lookup(query).query()).getText();
    }

    /** Answers every question shown, page by page, "No" unless given, until a result appears. */
    private void walk(Map<String, String> answers) {
        for (int page = 0; page < 10 && !showing(".result"); page++) {
            fx(() -> {
                boolean answered = true;
                while (answered && !showing(".result")) {
                    answered = false; // answer the first open question, then look again: follow-ups may appear
                    for (Node row : lookup(".question-row").queryAll()) {
                        String id = row.getId().substring(2);
                        ToggleButton yes = lookup("#ans-" + id + "-yes").queryAs(ToggleButton.class);
                        if (row.getScene() != null && row.isVisible() && yes.getToggleGroup().getSelectedToggle() == null) {
                            lookup("#ans-" + id + "-" + answers.getOrDefault(id, "no")).queryAs(ToggleButton.class).fire();
                            answered = true;
                            break;
                        }
                    }
                }
            });
            if (!showing(".result")) {
                Button next = lookup("#check-next").queryAll().stream().filter(n -> n.getScene() != null)
                        .map(Button.class::cast).findFirst().orElseThrow();
                assertFalse(next.isDisabled(), "every question on the page is answered");
                fx(next::fire);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void oneYesOnTheEmergencyPageShowsTheConfiguredNumberAtOnce() {
        fx(() -> ctx.settings().setEmergencyNumber("000"));
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertTrue(showing("#emergency-questions"));
        assertEquals("Call 000 now", text("#emergency-banner-number"));
        clickOn("#ans-saddle-numbness-yes");
        assertTrue(showing("#result-emergency"));
        assertEquals("Call 000 now", text("#emergency-number"));
        assertTrue(lookup("#emergency-number").query().isFocused(), "focus on the number for screen readers");
        assertTrue(lookup("#result-signs").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().contains("numbness or tingling around the genitals")));
        assertFalse(showing("#check-history"), "nothing competes with the emergency result");
        fx(() -> ctx.settings().setEmergencyNumber("112"));
        assertEquals("Call 112 now", text("#emergency-number"), "the number follows Settings live");
        assertEquals(1, checks().size());
        assertEquals(CheckLevel.EMERGENCY, checks().get(0).level());
        assertEquals(List.of("saddle-numbness"), checks().get(0).raisedBy());
    }

    @Test
    void theShellsEmergencyControlOpensTheEmergencyPage() {
        clickOn("#emergency-button");
        assertEquals(ScreenId.WARNING_SIGNS, shell.currentProperty().get());
        assertTrue(showing("#emergency-questions"));
        assertEquals("Call 999 now", text("#emergency-banner-number"));
        assertTrue(lookup("#emergency-banner-number").query().isFocused(),
                "focus on the number, not " + stage.getScene().getFocusOwner());
        walk(Map.of("weight-loss", "yes"));                 // away to a result...
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        push(KeyCode.CONTROL, KeyCode.E);                   // ...and back with Ctrl+E from another screen
        assertEquals(ScreenId.WARNING_SIGNS, shell.currentProperty().get());
        assertTrue(showing("#emergency-questions"));
    }

    @Test
    void fullPathsToEachLevelAreRecordedAndListed() {
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        walk(Map.of());
        assertTrue(showing("#result-none"));
        assertEquals("None of your answers points to a warning sign", text("#result-heading"));
        assertTrue(lookup("#result-signs").tryQuery().isEmpty());

        clock.advanceMinutes(1);
        clickOn("#result-new");
        walk(Map.of("pregnant", "yes"));
        assertTrue(showing("#result-book"));
        assertEquals("Book an appointment", text("#result-heading"));

        clock.advanceMinutes(1);
        clickOn("#result-new");
        walk(Map.of("weight-loss", "yes", "chest-pain", "not-sure"));
        assertTrue(showing("#result-urgent"));
        assertEquals("Get medical advice today", text("#result-heading"));

        clock.advanceMinutes(1);
        clickOn("#result-new");
        walk(Map.of("weak-immune", "yes", "fever", "yes"));
        assertTrue(showing("#result-emergency"), "an escalation on a later page goes straight to the emergency result");

        assertEquals(List.of(CheckLevel.NONE, CheckLevel.BOOK, CheckLevel.URGENT, CheckLevel.EMERGENCY),
                checks().stream().map(WarningSignCheckRecord::level).toList());
        WarningSignCheckRecord urgent = checks().get(2);
        assertEquals(Set.of("chest-pain", "weight-loss"), Set.copyOf(urgent.raisedBy()));
        assertEquals(CheckAnswer.NOT_SURE, urgent.answers().get("chest-pain"));

        clickOn("#result-new");
        assertEquals(4, lookup("#check-history-list").queryAs(javafx.scene.layout.VBox.class).getChildren().size());
        assertTrue(text(".history-row").contains("Emergency: call now"), "newest first");
        push(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertTrue(lookup("#journal-list").queryListView().getItems().stream()
                .anyMatch(e -> e.toString().contains("WarningSignCheckRecord")));
    }

    /** Issue 15: a check whose stored result cannot be read is never listed as "no warning sign" in the history. */
    @Test
    void aCheckWhoseResultCannotBeReadSaysSoInTheHistory() {
        // as the store reads a line whose level it does not know (damaged, or from a newer version): UNKNOWN
        fx(() -> ctx.journal().append(new WarningSignCheckRecord(clock.instant(), CheckLevel.UNKNOWN,
                Map.of("chest-pain", CheckAnswer.NO), null, null)));
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        String row = text(".history-row");
        assertTrue(row.contains("Result could not be read"), row);
        assertTrue(row.contains(org.backspasm.core.i18n.Messages.of("check", java.util.Locale.UK)
                .text("unreadable.name")), row);
        assertFalse(row.contains("No warning sign"), "never shown as no sign: " + row);
        assertTrue(lookup(".history-row").query().getStyleClass().contains("level-unknown"));
    }

    @Test
    void theSummaryForTheDoctorIsWritten() throws Exception {
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        walk(Map.of("pregnant", "yes"));
        WarningSignsScreen screen = (WarningSignsScreen) shell.screen(ScreenId.WARNING_SIGNS);
        Path file = dataDir.resolve("check.html");
        fx(() -> screen.saveReport(screen.model().latestRecord().orElseThrow(), file));
        String html = Files.readString(file);
        assertTrue(html.contains("Result: Book an appointment") && html.contains("Are you pregnant?"));
        assertTrue(text("#report-status").contains("check.html"));
        assertTrue(showing("#open-report"));
        clickOn("#open-report");
        assertEquals(List.of(file), opened, "opened through the app's file opener");
    }

    /**
     * Issue 15, CLINICAL-FACTS 6 "check again": a pain rating 2 or more above one of the day before, or "Something
     * new?" beside the pain rating, offers the check again on Today: one click to start, dismissible, never blocking.
     */
    @Test
    void checkAgainIsOfferedWhenThePainRisesBy2OrSomethingNewIsNoted() {
        clickOn("#pain-3");
        clickOn("#save-pain");
        assertFalse(showing("#check-offers"), "a first rating offers nothing");
        clock.advanceMinutes(120);
        clickOn("#pain-4");
        clickOn("#save-pain");
        assertFalse(showing("#check-offers"), "a rise of 1 is not enough");
        clock.advanceMinutes(60);
        clickOn("#pain-5");
        clickOn("#save-pain");
        assertTrue(showing("#offer-pain-rise"), "3 then 5 within a day");
        assertFalse(shell.hasOverlay(), "never blocks");
        clickOn("#offer-dismiss-pain-rise");
        assertFalse(showing("#check-offers"), "put away for the day");

        clickOn("#something-new");
        assertTrue(showing("#offer-something-new"));
        assertTrue(text("#pain-status").startsWith("Noted at"), text("#pain-status"));
        assertEquals(ScreenId.TODAY, shell.currentProperty().get(), "never blocks: Today stays");
        clickOn("#offer-start");
        assertEquals(ScreenId.WARNING_SIGNS, shell.currentProperty().get(), "one click to start");
    }

    @Test
    void todayOffersTheCheckAfterAHighPainRatingUntilDismissedForTheDay() {
        assertFalse(showing("#check-offers"));
        clickOn("#pain-9");
        clickOn("#save-pain");
        assertTrue(showing("#offer-high-pain"));
        clickOn("#offer-start");
        assertEquals(ScreenId.WARNING_SIGNS, shell.currentProperty().get());
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        clickOn("#offer-dismiss-high-pain");
        assertFalse(showing("#check-offers"));
        assertTrue(ctx.state().get(org.backspasm.core.state.Sections.CHECK_OFFERS)
                .dismissedOn().containsKey("high-pain"));
    }
}
