package org.backspasm.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.backspasm.core.journal.PainRating;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;

class JournalScreenTest extends AppUiTest {

    @Test
    void aPainRatingFromTodayShowsInTheJournalListAndChart() {
        clickOn("#pain-6");
        clickOn("#pain-note").write("after gardening");
        clickOn("#save-pain");
        assertTrue(lookup("#pain-status").queryAs(Label.class).getText().startsWith("Saved pain 6/10"));
        PainRating saved = (PainRating) ctx.journal().entries().get(0);
        assertEquals(6, saved.score());
        assertEquals("after gardening", saved.note());

        clickOn("#nav-journal");
        ListView<?> list = lookup("#journal-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertTrue(lookup(".pain-chart .chart-line-symbol").tryQuery().isPresent(), "the rating is plotted");
    }

    @Test
    void withNoRatingsTheChartSaysSoAboveThePlotNotOverIt() {
        clickOn("#nav-journal");
        Label empty = lookup(".chart-empty").queryAs(Label.class);
        assertTrue(empty.isVisible(), "the empty chart says why it is empty");
        javafx.scene.Node axis = lookup(".pain-chart").queryAs(PainChart.class).getYAxis();
        double textBottom = empty.localToScene(empty.getBoundsInLocal()).getMaxY();
        assertTrue(textBottom <= axis.localToScene(axis.getBoundsInLocal()).getMinY(), "above the plot, not over it");
    }

    @Test
    void exportWritesASummaryForTheDoctor() throws Exception {
        clickOn("#pain-3");
        clickOn("#save-pain");
        clickOn("#nav-journal");
        Path file = dataDir.resolve("for-doctor.html");
        JournalScreen screen = (JournalScreen) shell.screen(ScreenId.JOURNAL);
        fx(() -> screen.export(file));
        assertTrue(Files.readString(file).contains("3/10"));
        assertTrue(lookup("#export-status").queryAs(Label.class).getText().startsWith("Saved 1 entry"));
    }
}
