package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBase;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.testing.AppUiTest;
import org.backspasm.testing.CutOffLook;
import org.backspasm.core.settings.EmergencyNumberText;
import org.backspasm.core.settings.Settings;
import org.backspasm.ui.settings.EmergencyNumberCard;
import org.backspasm.ui.shell.DisclaimerCard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In the smallest window the app allows (640×480), at every text size, every screen wraps its text: no label is cut
 * with "…", none runs past the window's edge, and nothing scrolls sideways. Every theme lays out the same (a theme
 * changes colours only: {@link ThemesChangeOnlyColoursTest}), so this holds in every theme. With extra-large text
 * each state is also saved to target/screenshots/small-xl-*-light.png ({@link CutOffLook}). This is the English run, which also looks at
 * the timer's stages in the usual 1100×740 window; the same tests run in Spanish ({@link NoCutOffTextSpanishTest})
 * and in the pseudo-locale ({@link NoCutOffTextPseudoTest}, every text about 40 % longer) at 640×480.
 */
class NoCutOffTextTest extends AppUiTest {
    private CutOffLook look;

    /**
     * Whether the states are also looked at in the usual 1100×740 window at every text size (the timer's stages). The
     * smallest window is where text runs out of room; the other languages ({@link NoCutOffTextSpanishTest},
     * {@link NoCutOffTextPseudoTest}) look there only, to keep the suite quick.
     */
    protected boolean usualSizeToo() {
        return true;
    }

    /**
     * The looker ({@link CutOffLook}). The extra-large states are saved as pictures in English always; in
     * another language only when asked for with {@code -Dnocutoff.pictures=true} (they cost a few seconds, and
     * {@code SpanishScreenshotsTest} pictures every screen in Spanish already).
     */
    @BeforeEach
    void makeTheLook() {
        boolean english = locale().getLanguage().equals("en") && !org.backspasm.core.i18n.Pseudo.is(locale());
        look = new CutOffLook(this, usualSizeToo(), english || Boolean.getBoolean("nocutoff.pictures"));
    }

    /** The timer stages open in the usual window and are then looked at in the smallest too (in English). */
    private boolean usualSizeFirst() {
        return usualSizeToo() && testMethod.equals("everyTimerStageInTheSmallestAndTheUsualWindow");
    }

    @Override
    protected double sceneWidth() {
        return usualSizeFirst() ? AppUiTest.WIDTH : WindowBounds.MIN_WIDTH;
    }

    @Override
    protected double sceneHeight() {
        return usualSizeFirst() ? AppUiTest.HEIGHT : WindowBounds.MIN_HEIGHT;
    }

    @Test
    void everyScreenAsItOpensWithTheDisclaimerAndTheEmergencyPage() throws Exception {
        DisclaimerCard card = new DisclaimerCard("112", () -> { }, org.backspasm.ui.source.SourceLines.of(
                org.backspasm.core.content.Loaded.of(org.backspasm.core.content.SourceRegistry::loadDefault)), ctx.lang());
        Map<String, Runnable> states = new LinkedHashMap<>();
        for (ScreenId id : shell.screenIds()) {
            states.put(id.name(), () -> {
                shell.closeOverlay(card);
                shell.show(id);
            });
        }
        states.put("emergency-page", shell::showEmergency);
        states.put("disclaimer", () -> shell.showOverlay(card));
        look.everyTextSize(states);

        // the warning-sign check past its first page, answered "no", and its self-care result
        fx(() -> {
            shell.closeOverlay(card);
            shell.showEmergency();
            settle();
            answerEveryQuestionNo();
            press("#check-next");
        });
        look.everyTextSize(Map.of("warning-signs-page-2", () -> shell.show(ScreenId.WARNING_SIGNS)));
        for (int page = 0; page < 10 && lookup(".result").tryQuery().isEmpty(); page++) {
            fx(() -> {
                settle();
                answerEveryQuestionNo();
                press("#check-next");
                settle();
            });
        }
        look.everyTextSize(Map.of("warning-signs-result", () -> shell.show(ScreenId.WARNING_SIGNS)));
        assertEquals(List.of(), look.problems());
    }

    @Test
    void aRunningTimerTheStretchQuestionsPlayerAndPainAndAnEmergencyResult() throws Exception {
        fx(() -> {
            show(ScreenId.THERAPY);
            press("#mode-ice");
            press("#therapy-start");
            settle();
            answerSafetyQuestionsNo();
            show(ScreenId.STRETCHES);
            press("#stretch-start");
            shell.showEmergency();
            settle();
            press(lookup(".question-row").query().getId().replaceFirst("^q-", "#ans-") + "-yes");
        });
        Map<String, Runnable> states = new LinkedHashMap<>();
        states.put("therapy-running", () -> shell.show(ScreenId.THERAPY));
        states.put("today-running", () -> shell.show(ScreenId.TODAY));
        states.put("stretch-cautions", () -> shell.show(ScreenId.STRETCHES));
        states.put("emergency-result", () -> shell.show(ScreenId.WARNING_SIGNS));
        look.everyTextSize(states);

        fx(() -> {
            show(ScreenId.STRETCHES);
            press("#cautions-save");
            settle();
            press("#stretch-start");
        });
        states.clear();
        states.put("stretch-player", () -> shell.show(ScreenId.STRETCHES));
        states.put("therapy-stop-question", () -> {
            show(ScreenId.THERAPY);
            press("#timer-stop");
        });
        look.everyTextSize(states);

        fx(() -> {
            show(ScreenId.STRETCHES);
            press("#stretch-hurts");
        });
        look.everyTextSize(Map.of("stretch-pain", () -> shell.show(ScreenId.STRETCHES)));
        assertEquals(List.of(), look.problems());
    }

    /**
     * Every stage of an ice timer, in the smallest window and in the usual 1100×740 one: counting, the pack overdue
     * with its reminders ("Take the ice off now. It has been on for 21 minutes…"), the skin break paused, the break
     * over, and the report of what happened while the computer slept; with Today showing the running timer. Then
     * the episode companion's cards on Today: the day plan, the question after a week, the one-week card.
     */
    @Test
    void everyTimerStageInTheSmallestAndTheUsualWindow() throws Exception {
        fx(() -> {
            show(ScreenId.THERAPY);
            press("#mode-ice");
            press("#therapy-start");
            settle();
            answerSafetyQuestionsNo();
        });
        Map<String, Runnable> onScreen = new LinkedHashMap<>();
        onScreen.put("therapy", () -> shell.show(ScreenId.THERAPY));
        onScreen.put("today", () -> shell.show(ScreenId.TODAY));
        look.inBothSizes("timer-counting", onScreen);
        fx(() -> alarms.pass(java.time.Duration.ofMinutes(25))); // the alert at 20, reminders at 22 and 24
        look.inBothSizes("timer-pack-off-due", onScreen);
        fx(() -> {
            show(ScreenId.THERAPY);
            press("#timer-step"); // take it off now: the skin break
            settle();
            press("#timer-pause");
        });
        look.inBothSizes("timer-break-paused", onScreen);
        fx(() -> {
            show(ScreenId.THERAPY);
            press("#timer-pause");
            alarms.pass(java.time.Duration.ofMinutes(21));
        });
        look.inBothSizes("timer-break-over", onScreen);
        fx(() -> {
            show(ScreenId.THERAPY);
            press("#timer-step"); // the next pack goes on
            settle();
            alarms.pass(java.time.Duration.ofMinutes(2));
            clock.advanceMinutes(30); // the computer slept through the pack's end
            alarms.wakeOnce();
        });
        look.inBothSizes("timer-away-report", onScreen);

        // the companion's cards: the day plan (on Today throughout), the question after a week without ratings to
        // compare, then the one-week card
        fx(() -> ctx.journal().append(new org.backspasm.core.journal.EpisodeEvent(clock.instant(),
                org.backspasm.core.journal.EpisodeEvent.Kind.STARTED, clock.instant().minus(
                        java.time.Duration.ofDays(8)))));
        Map<String, Runnable> today = Map.of("today", () -> {
            shell.show(ScreenId.JOURNAL);
            shell.show(ScreenId.TODAY);
        });
        look.inBothSizes("follow-up-question", today);
        fx(() -> press("#follow-up-answer-about-the-same"));
        look.inBothSizes("follow-up-one-week", today);
        assertEquals(org.backspasm.core.i18n.Messages.of("followup", ctx.lang().locale()).text("oneWeek.title"),
                lookup("#follow-up-title").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals(List.of(), look.problems());
    }

    /**
     * "What helps you": the rating bar at the bottom of the window (a walk started on Today), over Today and the
     * Journal; the Journal's card empty, then with pairs of two activities (more than the plot draws).
     */
    @Test
    void theRatingBarAndTheWhatHelpsCardInTheSmallestWindow() throws Exception {
        Map<String, Runnable> states = new LinkedHashMap<>();
        states.put("what-helps-empty", () -> show(ScreenId.JOURNAL));
        look.everyTextSize(states);
        fx(() -> {
            show(ScreenId.TODAY);
            press("#plan-walk-start");
        });
        states.clear();
        states.put("rating-bar-today", () -> show(ScreenId.TODAY));
        states.put("rating-bar-journal", () -> show(ScreenId.JOURNAL));
        look.everyTextSize(states);
        fx(() -> {
            press("#rating-skip");
            java.time.Instant at = clock.instant().minus(java.time.Duration.ofDays(3));
            for (int i = 0; i < 10; i++) {
                java.time.Instant t = at.plus(java.time.Duration.ofHours(6L * i));
                ctx.journal().append(org.backspasm.core.journal.PainRating.around(t, 7 - i % 3,
                        org.backspasm.core.journal.RatedActivity.HEAT, org.backspasm.core.journal.RatingMoment.BEFORE));
                ctx.journal().append(org.backspasm.core.journal.PainRating.around(t.plusSeconds(1500), 4 + i % 4,
                        org.backspasm.core.journal.RatedActivity.HEAT, org.backspasm.core.journal.RatingMoment.AFTER));
            }
            ctx.journal().append(org.backspasm.core.journal.PainRating.around(at, 6,
                    org.backspasm.core.journal.RatedActivity.ROUTINE, org.backspasm.core.journal.RatingMoment.BEFORE));
            ctx.journal().append(org.backspasm.core.journal.PainRating.around(at.plusSeconds(900), 5,
                    org.backspasm.core.journal.RatedActivity.ROUTINE, org.backspasm.core.journal.RatingMoment.AFTER));
        });
        assertEquals(true, lookup("#what-helps-heat-plot").tryQuery().isPresent());
        look.everyTextSize(Map.of("what-helps-pairs", () -> show(ScreenId.JOURNAL)));
        assertEquals(List.of(), look.problems());
    }

    /**
     * Issue 15's texts: the first-start question for the local emergency number (a country the app does not know),
     * the disclaimer, the emergency page and Settings with the reminder to check the number; then Today with both
     * "check again" offers (the pain rating up by 2 within a day, and "Something new?" pressed), in both sizes.
     */
    @Test
    void theNumberQuestionTheNumberRemindersAndTheCheckAgainOffers() throws Exception {
        fx(() -> ctx.settings().update(s -> new Settings(s.theme(), s.textSize(), "112", s.soundOn(),
                s.disclaimerAcceptedAt(), s.language(), Boolean.FALSE)));
        lookAtTheNumberTexts();

        fx(() -> {
            ctx.journal().append(new org.backspasm.core.journal.PainRating(clock.instant().minus(
                    java.time.Duration.ofHours(3)), 3, "", ""));
            ctx.journal().append(new org.backspasm.core.journal.PainRating(clock.instant(), 5, "", ""));
            show(ScreenId.TODAY);
            press("#something-new");
        });
        Map<String, Runnable> today = Map.of("today", () -> {
            shell.show(ScreenId.JOURNAL);
            shell.show(ScreenId.TODAY);
        });
        look.inBothSizes("check-again", today);
        assertEquals(2, lookup(".offer").queryAll().stream().filter(n -> n.getScene() != null
                && (n.getId().equals("offer-pain-rise") || n.getId().equals("offer-something-new"))).count(),
                "both check-again offers were on Today");
        assertEquals(List.of(), look.problems());
    }

    /** The first-start number question, and the disclaimer, emergency page and Settings with the reminder. */
    private void lookAtTheNumberTexts() throws Exception {
        java.util.Locale india = new java.util.Locale("en", "IN");
        SettingsModel guess = new SettingsModel(Settings.defaults(india), s -> { }, clock, india);
        EmergencyNumberCard ask = new EmergencyNumberCard(guess, ctx.lang(), () -> { });
        DisclaimerCard disclaimer = new DisclaimerCard("112", EmergencyNumberText.checkReminder(ctx.lang().locale()),
                () -> { }, org.backspasm.ui.source.SourceLines.of(org.backspasm.core.content.Loaded.of(
                        org.backspasm.core.content.SourceRegistry::loadDefault)), ctx.lang());
        Runnable closeCards = () -> {
            shell.closeOverlay(ask);
            shell.closeOverlay(disclaimer);
        };
        Map<String, Runnable> states = new LinkedHashMap<>();
        states.put("number-question", () -> {
            closeCards.run();
            shell.showOverlay(ask);
        });
        states.put("disclaimer-number-reminder", () -> {
            closeCards.run();
            shell.showOverlay(disclaimer);
        });
        states.put("emergency-page-number-reminder", () -> {
            closeCards.run();
            shell.showEmergency();
        });
        states.put("settings-number-reminder", () -> {
            closeCards.run();
            shell.show(ScreenId.SETTINGS);
        });
        look.everyTextSize(states);
        fx(closeCards);
    }

    /** Shows a screen and lays it out, so what a scroll pane holds is in the scene and can be found. */
    private void show(ScreenId id) {
        shell.show(id);
        settle();
    }

    private void settle() {
        shell.applyCss();
        shell.layout();
    }

    private void press(String query) {
        ((ButtonBase) lookup(query).query()).fire();
    }

    /** Answers "no" to every open question on the check's page, follow-ups included. */
    private void answerEveryQuestionNo() {
        for (int i = 0; i < 100; i++) {
            settle();
            var open = lookup(".question-row").queryAll().stream()
                    .filter(row -> row.getScene() != null && row.isVisible())
                    .map(row -> lookup("#" + row.getId().replaceFirst("^q-", "ans-") + "-no").tryQuery())
                    .flatMap(java.util.Optional::stream)
                    .map(ButtonBase.class::cast)
                    .filter(no -> no instanceof javafx.scene.control.Toggle t && t.getToggleGroup() != null
                            && t.getToggleGroup().getSelectedToggle() == null)
                    .findFirst();
            if (open.isEmpty()) {
                return;
            }
            open.get().fire();
        }
    }

    /** Answers "no" to the safety questions asked before a timer starts, whatever they are. */
    private void answerSafetyQuestionsNo() {
        lookup(n -> n instanceof ButtonBase && n.getId() != null && n.getId().startsWith("safety-")
                && n.getId().endsWith("-no") && n.getScene() != null).queryAll()
                .forEach(n -> ((ButtonBase) n).fire());
    }
}
