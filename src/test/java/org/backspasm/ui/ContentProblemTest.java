package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.ContentJson;
import org.backspasm.core.content.Loaded;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.stretch.StretchContentLoader;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.content.ContentProblemView;
import org.backspasm.ui.warningsigns.WarningSignsFeature;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.stretch.StretchLibrary;
import org.backspasm.ui.stretch.StretchModel;
import org.backspasm.ui.stretch.StretchScreen;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A content file that cannot be used shows a plain message, with the file, place and reason behind "Details". */
class ContentProblemTest extends AppUiTest {

    private static ContentException brokenStretches() throws ContentException {
        String stretches = ContentJson.resource(StretchContentLoader.STRETCHES_FILE).replace("\"holdSeconds\": 5,",
                "\"holdSeconds\": \"five\",");
        return assertThrows(ContentException.class, () -> new StretchContentLoader(p -> true,
                SourceRegistry.loadDefault()).load(stretches, ContentJson.resource(StretchContentLoader.ROUTINES_FILE)));
    }

    private ContentProblemView shown(Node screen) {
        fx(() -> shell.showOverlay(screen));
        WaitForAsyncUtils.waitForFxEvents();
        return (ContentProblemView) lookup("#content-problem").queryAll().stream()
                .filter(n -> n.getScene() != null).findFirst().orElseThrow();
    }

    private static void assertPlainWithDetails(ContentProblemView v, ContentException problem) {
        String message = ((Label) v.lookup("#content-problem-message")).getText();
        assertFalse(message.contains(problem.file()) || message.contains("$"), "the message is plain: " + message);
        TitledPane details = v.details();
        assertEquals("Details", details.getText());
        assertFalse(details.isExpanded(), "the technical detail waits behind Details");
        String detail = ((TextArea) details.getContent()).getText();
        assertTrue(detail.contains(problem.file()) && detail.contains(problem.path()) && detail.contains(problem.reason()),
                detail);
    }

    @Test
    void brokenStretchesShowAPlainMessageWithTheDetailBehindDetails() throws ContentException {
        ContentException problem = brokenStretches();
        assertEquals("stretches.json", problem.file());
        assertTrue(problem.path().matches("\\$\\.stretches\\[\\d+]\\.dose\\.holdSeconds"), problem.path());
        StretchModel[] model = new StretchModel[1];
        fx(() -> model[0] = new StretchModel(new StretchLibrary(null, null, problem), null, ctx.ticker(),
                ctx.alerter()::cue, shell, ctx.notices()::report, ctx.lang()));
        StretchScreen screen = new StretchScreen(model[0], SourceLines.of(SourceRegistry.loadDefault()));
        ContentProblemView v = shown(screen.view());
        assertPlainWithDetails(v, problem);
        clickOn("Details");
        assertTrue(v.details().isExpanded());
    }

    @Test
    void brokenWarningSignsUseTheSameViewAndStillShowTheEmergencyNumber() throws ContentException {
        ContentException problem = new ContentException("warning-signs.json", "$.signs[3].level", "must be one of NONE, "
                + "BOOK, URGENT, EMERGENCY, not SOON");
        java.util.List<String> notices = new java.util.ArrayList<>();
        ctx.notices().onReport(notices::add);
        WarningSignsFeature feature = new WarningSignsFeature();
        fx(() -> feature.start(new FeatureContext(clock, ctx.state(), ctx.journal(), shell, ctx.ticker(),
                ctx.alerter(), alarms, ctx.notices()::report, Loaded.failed(problem),
                SourceLines.of(Loaded.failed(problem)), file -> { }, (f, t) -> { }, ctx.settings(), dataDir,
                java.util.List.of(), ctx.data(), ctx.lang(), org.backspasm.ui.rating.ActivityEvents.NONE)));
        ContentProblemView v = shown(feature.screen().view());
        assertPlainWithDetails(v, problem);
        assertTrue(lookup("#emergency-banner-number").queryAll().stream().anyMatch(n -> n.getScene() != null));
        assertTrue(notices.stream().anyMatch(n -> n.contains("warning-sign questions could not be loaded")
                && !n.contains("warning-signs.json")), "the notice is plain too: " + notices);
    }
}
