package org.backspasm.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.backspasm.core.state.Sections;
import org.backspasm.content.RawIds;
import org.backspasm.core.content.ContentException;
import org.backspasm.core.content.SourceRegistry;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.shell.DisclaimerCard;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.source.SourcesLine;
import org.backspasm.ui.therapy.TherapyScreen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scans every screen, and the overlays and panels that cite sources, for text people can see: no raw source id
 * (NHS-BACK, AHCPR1994...) anywhere, and a readable "Sources:" line where advice is given. A source with a link
 * opens it through the app's link opener.
 */
class SourcesOnScreenTest extends AppUiTest {
    private SourceRegistry registry;
    private int linesSeen;

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        StateStore s = StateStore.open(dir, Runnable::run, new StoreNotices(), Clock.systemUTC());
        s.put(Sections.STRETCH, StretchState.EMPTY.withCautions(CautionAnswers.answered(Set.of())));
    }

    @BeforeEach
    void registry() throws ContentException {
        registry = SourceRegistry.loadDefault();
    }

    /** Every text under the scene (shown or not), each with where it was found. */
    private List<String> raw() {
        List<String> found = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        fx(() -> collect(shell.getScene().getRoot(), texts));
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            for (String id : registry.ids()) {
                if (RawIds.contains(t, id, registry)) {
                    found.add(id + " in \"" + t + "\"");
                }
            }
        }
        return found;
    }

    private void collect(Node n, List<String> out) {
        if (n instanceof SourcesLine) {
            linesSeen++;
        }
        if (n instanceof Labeled l) {
            out.add(l.getText());
        } else if (n instanceof Text t) {
            out.add(t.getText());
        } else if (n instanceof TextInputControl t) {
            out.add(t.getText());
        }
        if (n.getAccessibleText() != null) {
            out.add(n.getAccessibleText());
        }
        Tooltip tip = n instanceof Control c ? c.getTooltip() : (Tooltip) n.getProperties().get("javafx.scene.control.Tooltip");
        if (tip != null) {
            out.add(tip.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** Scans what is showing now; {@code expectLines} says a Sources line must be among it. */
    private void scan(String where, boolean expectLines) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = linesSeen;
        assertEquals(List.of(), raw(), where);
        if (expectLines) {
            assertTrue(linesSeen > before, where + " shows a Sources line");
        }
    }

    private void press(String query) {
        fx(() -> ((ButtonBase) lookup(query).queryAll().stream().filter(n -> n.getScene() != null).findFirst()
                .orElseThrow()).fire());
    }

    @Test
    void noScreenShowsARawSourceIdAndLinksOpen() {
        for (ScreenId id : shell.screenIds()) {
            fx(() -> shell.show(id));
            scan(id.name(), id != ScreenId.JOURNAL);
        }
        aSourceWithALinkOpensIt();
        TherapyScreen therapy = (TherapyScreen) shell.screen(ScreenId.THERAPY);
        fx(() -> therapy.model().episode().start(clock.instant().minus(Duration.ofDays(8))));
        fx(() -> shell.show(ScreenId.TODAY));
        scan("Today, 8 days into an episode", true);
        fx(() -> shell.show(ScreenId.THERAPY));
        scan("Ice & Heat, 8 days into an episode", true);
        press("#therapy-start");
        scan("Ice & Heat, the safety questions", true);

        fx(() -> shell.show(ScreenId.STRETCHES));
        press("#stretch-start");
        press("#stretch-why");
        scan("a stretch's Why? panel", true);
        press("#stretch-hurts");
        scan("This hurts", true);

        fx(() -> shell.show(ScreenId.WARNING_SIGNS));
        press("#ans-saddle-numbness-yes");
        scan("an emergency result", true);

        fx(() -> shell.showOverlay(new DisclaimerCard("112", () -> { }, SourceLines.of(registry), ctx.lang())));
        scan("the disclaimer", true);
        assertTrue(linesSeen > 15, "Sources lines seen: " + linesSeen);
    }

    /** On the warning-sign page: a source with a link opens it through the app's opener. */
    private void aSourceWithALinkOpensIt() {
        fx(() -> shell.show(ScreenId.WARNING_SIGNS));
        WaitForAsyncUtils.waitForFxEvents();
        SourcesLine line = lookup(".sources-line").queryAll().stream().map(SourcesLine.class::cast)
                .filter(l -> l.sources().stream().anyMatch(s -> s.id().equals("NHS-BACK")))
                .findFirst().orElseThrow();
        assertTrue(line.plainText().contains("NHS: Back pain"), line.plainText());
        Hyperlink nhs = line.getChildren().stream().filter(Hyperlink.class::isInstance).map(Hyperlink.class::cast)
                .filter(h -> h.getText().equals("NHS: Back pain")).findFirst().orElseThrow();
        assertTrue(nhs.getTooltip().getText().contains("nhs.uk"), "the full citation in the tooltip");
        fx(nhs::fire);
        assertEquals(List.of("https://nhs.uk/conditions/back-pain/"), openedLinks);
    }
}
