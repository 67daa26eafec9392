package org.backspasm.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.ui.ScreenId;

/**
 * A walk through the whole app in one start, as a user would go, stopping at every screen, question, card and
 * result; at each stop a look is taken (the pseudo-locale scan reads every text, the Spanish screenshots take a
 * picture). The stops, in order, are {@link #STOPS}; a stop that cannot be reached fails the walk, so the list is
 * what was really seen. The app must have started without the disclaimer accepted (the first stop is the first
 * start).
 */
public final class AppWalk {
    /**
     * Every stop of the walk, in order: what a scan of the walk covers. The emergency-number question is asked at
     * the first start only when the computer's country is not one whose number the app knows (the pseudo-locale's).
     */
    public static final List<String> STOPS = List.of(
            "first-start-disclaimer", "first-start-emergency-number",
            "today-first-day", "therapy-plan-ice", "therapy-plan-heat", "therapy-plan-alternating",
            "stretches-cautions-questions", "stretches-routine", "warning-signs-first-page", "journal-empty",
            "settings",
            "warning-signs-every-page-answered-no", "warning-signs-result-no-signs",
            "warning-signs-result-emergency", "warning-signs-result-urgent", "warning-signs-result-book",
            "warning-signs-pregnancy-questions", "warning-signs-history",
            "therapy-heat-safety-question", "therapy-drowsiness-question", "therapy-heat-off-today",
            "therapy-ice-safety-question", "therapy-timer-counting", "today-running-timer", "therapy-pack-off-due",
            "therapy-skin-break-paused", "therapy-break-over", "therapy-away-report", "therapy-stop-question",
            "therapy-finished",
            "stretches-player", "stretches-why", "stretches-this-hurts", "stretches-pain-recorded",
            "stretches-routine-done",
            "today-day-plan-with-episode", "today-follow-up-question", "today-follow-up-one-week",
            "journal-with-entries",
            "reminder-window", "journal-import-preview", "journal-import-done", "settings-restore-question",
            "settings-reminders-fluid-question", "notice-cannot-save", "content-problem", "notifications");

    private final AppUiTest app;
    private final Consumer<String> look;
    private final List<String> seen = new ArrayList<>();

    /** @param look what is done at each stop, on the test thread (the scene is laid out) */
    public AppWalk(AppUiTest app, Consumer<String> look) {
        this.app = app;
        this.look = look;
    }

    /** The stops reached, in order. */
    public List<String> seen() {
        return seen;
    }

    private void stop(String name) {
        if (!STOPS.contains(name)) {
            throw new IllegalArgumentException("not a listed stop: " + name);
        }
        app.fx(this::settle);
        seen.add(name);
        look.accept(name);
    }

    /** The whole walk. */
    public void run() {
        firstStartAndScreens();
        warningSigns();
        iceAndHeat();
        stretches();
        companion();
        reminder();
        data();
        settingsQuestions();
        troubles();
        stop("notifications");
    }

    private void firstStartAndScreens() {
        stop("first-start-disclaimer");
        press("#accept-disclaimer");
        if (!lookup("#emergency-number-ask").isEmpty()) { // a country whose number the app does not know
            stop("first-start-emergency-number");
            press("#emergency-number-ask-later"); // so every place that shows the number reminds to check it
        }
        show(ScreenId.TODAY);
        stop("today-first-day");
        show(ScreenId.THERAPY);
        press("#mode-ice");
        stop("therapy-plan-ice");
        press("#mode-heat");
        stop("therapy-plan-heat");
        press("#mode-alt-ice");
        stop("therapy-plan-alternating");
        show(ScreenId.STRETCHES);
        press("#stretch-start");
        stop("stretches-cautions-questions");
        press("#cautions-save");
        stop("stretches-routine");
        show(ScreenId.WARNING_SIGNS);
        stop("warning-signs-first-page");
        show(ScreenId.JOURNAL);
        stop("journal-empty");
        show(ScreenId.SETTINGS);
        stop("settings");
    }

    private void warningSigns() {
        app.fx(() -> app.shell.showEmergency());
        answerPage(Set.of());
        press("#check-next");
        stop("warning-signs-every-page-answered-no"); // the second page; the pages after it are looked at below
        answerUntilResult(Set.of());
        stop("warning-signs-result-no-signs");
        app.fx(() -> app.shell.showEmergency());
        answerPage(Set.of("saddle-numbness"));
        stop("warning-signs-result-emergency");
        app.fx(() -> app.shell.showEmergency());
        answerUntilResult(Set.of("limb-weaker"));
        stop("warning-signs-result-urgent");
        app.fx(() -> app.shell.showEmergency());
        answerUntilResult(Set.of("band-pain"));
        stop("warning-signs-result-book");
        app.fx(() -> app.shell.showEmergency());
        answerPage(Set.of("pregnant"));
        stop("warning-signs-pregnancy-questions");
        answerUntilResult(Set.of("pregnant"));
        show(ScreenId.TODAY);
        show(ScreenId.WARNING_SIGNS);
        stop("warning-signs-history");
    }

    private void iceAndHeat() {
        show(ScreenId.THERAPY);
        press("#mode-heat");
        press("#therapy-start");
        stop("therapy-heat-safety-question");
        press("#safety-heat-no");
        stop("therapy-drowsiness-question");
        press("#heat-today-yes");
        stop("therapy-heat-off-today");
        press("#heat-off-today-yes"); // ice instead
        stop("therapy-ice-safety-question");
        press("#safety-ice-no");
        stop("therapy-timer-counting");
        show(ScreenId.TODAY);
        stop("today-running-timer");
        show(ScreenId.THERAPY);
        app.fx(() -> app.alarms.pass(Duration.ofMinutes(25)));
        stop("therapy-pack-off-due");
        press("#timer-step");
        press("#timer-pause");
        stop("therapy-skin-break-paused");
        press("#timer-pause");
        app.fx(() -> app.alarms.pass(Duration.ofMinutes(21)));
        stop("therapy-break-over");
        press("#timer-step");
        app.fx(() -> {
            app.alarms.pass(Duration.ofMinutes(2));
            app.clock.advanceMinutes(30); // the computer slept through the pack's end
            app.alarms.wakeOnce();
        });
        stop("therapy-away-report");
        pressIfThere("#therapy-away-ok");
        press("#timer-stop");
        stop("therapy-stop-question");
        press("#confirm-stop-yes");
        stop("therapy-finished");
    }

    private void stretches() {
        show(ScreenId.STRETCHES);
        press("#stretch-start");
        stop("stretches-player");
        press("#stretch-why");
        stop("stretches-why");
        press("#stretch-hurts");
        stop("stretches-this-hurts");
        press("#pain-4");
        stop("stretches-pain-recorded");
        press("#pain-back");
        press("#stretch-start");
        for (int i = 0; i < 40 && lookup("#stretch-done").isEmpty(); i++) {
            press("#stretch-skip");
        }
        stop("stretches-routine-done");
        press("#stretch-back");
    }

    private void companion() {
        show(ScreenId.TODAY);
        press(idEnding("-onset-two-days-ago")); // the episode card: when the spasm began
        stop("today-day-plan-with-episode");
        app.fx(() -> app.ctx.journal().append(new EpisodeEvent(app.clock.instant(), EpisodeEvent.Kind.STARTED,
                app.clock.instant().minus(Duration.ofDays(8)))));
        show(ScreenId.JOURNAL);
        show(ScreenId.TODAY);
        stop("today-follow-up-question");
        press("#follow-up-answer-about-the-same");
        stop("today-follow-up-one-week");
        show(ScreenId.JOURNAL);
        stop("journal-with-entries");
    }

    /** Journal → Import… with a spreadsheet of ratings (one bad row), then Settings → a backup → Restore…. */
    private void data() {
        java.nio.file.Path csv = app.dataDir.resolve("ratings.csv");
        try {
            java.nio.file.Files.writeString(csv, "Date;Pain\n2026-11-20 08:00;4\n2026-11-20 20:00;11\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        app.ctx.data().usePicker((owner, save, title, suggested, filters) -> Optional.of(csv));
        show(ScreenId.JOURNAL);
        press("#import-file");
        stop("journal-import-preview");
        press("#import-confirm");
        stop("journal-import-done");
        show(ScreenId.SETTINGS);
        app.fx(() -> ((javafx.scene.control.ListView<?>) app.lookup("#backup-list").query()).getSelectionModel()
                .select(0));
        press("#restore-backup");
        stop("settings-restore-question");
        pressIfThere("#restore-cancel");
    }

    /** Settings → Reminders: switching on the drink reminder asks about a fluid limit first. */
    private void settingsQuestions() {
        show(ScreenId.SETTINGS);
        press("#reminders-hydration");
        stop("settings-reminders-fluid-question");
        pressIfThere("#reminders-fluid-limit-yes");
    }

    /**
     * What the user is told when something goes wrong: the data folder cannot be written (the window's notice), and
     * a content file that cannot be used (the warning-sign check's content problem screen, with the emergency number).
     */
    private void troubles() {
        app.fx(() -> app.ctx.notices().savingFailed(app.dataDir, new java.io.IOException("—")));
        show(ScreenId.TODAY);
        stop("notice-cannot-save");
        org.backspasm.core.content.ContentException problem = new org.backspasm.core.content.ContentException(
                "warning-signs.json", "$.signs[3].level", "—");
        org.backspasm.ui.warningsigns.WarningSignsFeature feature = new org.backspasm.ui.warningsigns.WarningSignsFeature();
        javafx.scene.Node[] view = new javafx.scene.Node[1];
        app.fx(() -> {
            feature.start(new org.backspasm.ui.FeatureContext(app.clock, app.ctx.state(), app.ctx.journal(), app.shell,
                    app.ctx.ticker(), app.ctx.alerter(), app.alarms, app.ctx.notices()::report,
                    org.backspasm.core.content.Loaded.failed(problem),
                    org.backspasm.ui.source.SourceLines.of(org.backspasm.core.content.Loaded.failed(problem),
                            app.ctx.lang()),
                    file -> { }, (f, t) -> { }, app.ctx.settings(), app.dataDir, List.of(), app.ctx.data(),
                    app.ctx.lang(), org.backspasm.ui.rating.ActivityEvents.NONE));
            view[0] = feature.screen().view();
            app.shell.showOverlay(view[0]);
        });
        stop("content-problem");
        app.fx(() -> app.shell.closeOverlay(view[0]));
    }

    /** Time passes until a reminder shows in its own window (the walk of the episode's day). */
    private void reminder() {
        for (int i = 0; i < 24 && !reminderShowing(); i++) {
            app.fx(() -> app.alarms.pass(Duration.ofMinutes(15)));
        }
        if (!reminderShowing()) {
            throw new AssertionError("no reminder in six hours");
        }
        stop("reminder-window");
        app.fx(() -> app.ctx.reminders().window().stageOrNull().hide());
    }

    private boolean reminderShowing() {
        boolean[] showing = {false};
        app.fx(() -> {
            javafx.stage.Stage s = app.ctx.reminders().window().stageOrNull();
            showing[0] = s != null && s.isShowing();
        });
        return showing[0];
    }

    // --- moving about ---

    private void show(ScreenId id) {
        app.fx(() -> {
            app.shell.show(id);
            settle();
        });
    }

    private void settle() {
        app.shell.applyCss();
        app.shell.layout();
        app.shell.lookupAll(".scroll-pane").forEach(n -> ((ScrollPane) n).setVvalue(0));
    }

    private List<Node> lookup(String query) {
        List<Node> out = new ArrayList<>();
        app.fx(() -> {
            settle();
            app.lookup(query).queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                    .forEach(out::add);
        });
        return out;
    }

    /** A query for the node on screen whose id ends so (cards that show on more than one screen prefix theirs). */
    private String idEnding(String suffix) {
        for (Node n : lookup(".button")) {
            if (n.getId() != null && n.getId().endsWith(suffix)) {
                return "#" + n.getId();
            }
        }
        throw new AssertionError("the walk cannot go on: no button *" + suffix + " on screen after " + seen);
    }

    /** Fires the button as a click would; fails when it is not on screen. */
    private void press(String query) {
        List<Node> found = lookup(query);
        if (found.isEmpty()) {
            throw new AssertionError("the walk cannot go on: no " + query + " on screen after " + seen);
        }
        app.fx(() -> ((ButtonBase) found.get(0)).fire());
    }

    private void pressIfThere(String query) {
        if (!lookup(query).isEmpty()) {
            press(query);
        }
    }

    /** Answers every open question on the check's page: yes for the signs given, no for the rest. */
    private void answerPage(Set<String> yes) {
        app.fx(() -> {
            for (int i = 0; i < 100; i++) {
                settle();
                Optional<ButtonBase> open = app.lookup(".question-row").queryAll().stream()
                        .filter(row -> row.getScene() != null && row.isVisible())
                        .map(row -> row.getId().replaceFirst("^q-", ""))
                        .map(sign -> app.lookup("#ans-" + sign + (yes.contains(sign) ? "-yes" : "-no")).tryQuery())
                        .flatMap(Optional::stream)
                        .filter(b -> b instanceof Toggle t && t.getToggleGroup() != null
                                && t.getToggleGroup().getSelectedToggle() == null)
                        .map(ButtonBase.class::cast)
                        .findFirst();
                if (open.isEmpty()) {
                    return;
                }
                open.get().fire();
            }
        });
    }

    private void answerUntilResult(Set<String> yes) {
        for (int page = 0; page < 20 && lookup(".result").isEmpty(); page++) {
            answerPage(yes);
            if (lookup(".result").isEmpty()) {
                if (page > 0) {
                    look.accept("warning-signs-every-page-answered-no"); // every later page, looked at too
                }
                press("#check-next");
            }
        }
        if (lookup(".result").isEmpty()) {
            throw new AssertionError("no result after 20 pages");
        }
    }
}
