package org.backspasm.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.report.PrintLine;
import org.backspasm.testing.AppUiTest;
import org.backspasm.ui.ScreenId;
import org.junit.jupiter.api.Test;

/** The doctor's record over a chosen period, saved and printed (issue 18, item 5). */
class DoctorRecordTest extends AppUiTest {
    /** A4 in points less 54-point margins, as a print dialog's default page layout gives. */
    static final double A4_WIDTH = 595 - 108;
    static final double A4_HEIGHT = 842 - 108;

    private DoctorRecordModel model() {
        return new DoctorRecordModel(ctx.journal(), (f, t) -> Files.writeString(f, t), clock, ctx.lang().texts("journal"));
    }

    private void ratings(int days) {
        for (int d = days; d >= 1; d--) {
            ctx.journal().append(new PainRating(clock.instant().minus(Duration.ofDays(d)), d % 11,
                    d % 3 == 0 ? "a longer note, about what was done before it got worse again, written out in full "
                            + "so that it wraps over two or three lines of the printed table" : "", ""));
        }
    }

    @Test
    void theRecordCoversExactlyTheDaysChosenBothIncluded() throws Exception {
        ratings(60);
        DoctorRecordModel m = model();
        LocalDate today = LocalDate.now(clock);
        assertEquals(today.minusDays(30), m.firstProperty().get(), "the last 30 days unless chosen otherwise");
        m.firstProperty().set(today.minusDays(10));
        m.lastProperty().set(today.minusDays(6));
        assertEquals(5, m.printable().entryCount(), "days -10, -9, -8, -7 and -6");
        Path file = dataDir.resolve("record.html");
        m.save(file);
        assertTrue(Files.readString(file).contains("From 12 Nov 2026 to 16 Nov 2026"));
        assertEquals("Saved 5 entries from 12 Nov 2026 to 16 Nov 2026 to " + file + ". Open it in a web browser to read "
                + "it or print it.", m.statusProperty().get());
        assertEquals("back-pain-journal-2026-11-12-to-2026-11-16.html", m.suggestedFileName());
    }

    @Test
    void aFirstDayAfterTheLastStopsSaveAndPrintAndSaysWhy() {
        clickOn("#nav-journal");
        fx(() -> {
            var first = lookup("#record-first-day").queryAs(javafx.scene.control.DatePicker.class);
            first.setValue(LocalDate.now(clock).plusDays(2));
        });
        assertTrue(lookup("#export-journal").queryAs(Button.class).isDisabled());
        assertTrue(lookup("#print-journal").queryAs(Button.class).isDisabled());
        assertEquals("The first day is after the last one: choose a first day on or before 22 Nov 2026.",
                lookup("#export-status").queryAs(Label.class).getText());
    }

    @Test
    void printingWithoutAPrinterSaysWhatToDoInstead() {
        clickOn("#nav-journal");
        if (javafx.print.Printer.getDefaultPrinter() != null) {
            return; // a machine with a printer would open the system's print dialog here
        }
        clickOn("#print-journal");
        assertTrue(lookup("#export-status").queryAs(Label.class).getText().startsWith("No printer is set up"));
    }

    @Test
    void aLongRecordIsLaidOutOnA4PagesThatEachFit() throws Exception {
        ratings(90);
        DoctorRecordModel m = model();
        m.firstProperty().set(LocalDate.now(clock).minusDays(90));
        List<PrintLine> lines = m.printable().lines();
        List<List<VBox>> laidOut = new java.util.ArrayList<>();
        fx(() -> laidOut.add(RecordPages.layout(lines, A4_WIDTH, A4_HEIGHT, m::pageFoot)));
        List<VBox> pages = laidOut.get(0);

        assertTrue(pages.size() >= 3, pages.size() + " pages");
        int rows = 0;
        for (int p = 0; p < pages.size(); p++) {
            VBox page = pages.get(p);
            assertEquals(A4_HEIGHT, page.getHeight(), 0.5, "each page is the printable area");
            List<Node> kids = page.getChildren();
            Node foot = kids.get(kids.size() - 1);
            assertEquals("Page " + (p + 1) + " of " + pages.size(), ((Text) foot).getText());
            for (Node k : kids.subList(0, kids.size() - 2)) {
                assertTrue(k.getBoundsInParent().getMaxY() <= A4_HEIGHT - RecordPages.FOOTER + 0.5,
                        "nothing runs into the foot of page " + (p + 1));
                if (k instanceof javafx.scene.layout.HBox row && row.getChildren().get(1) instanceof Text t
                        && t.getText().endsWith("/10")) {
                    rows++;
                }
            }
            Node lastBlock = kids.get(kids.size() - 3);
            assertFalse(lastBlock instanceof VBox, "a heading never ends page " + (p + 1));
        }
        assertEquals(90, rows, "every rating printed once");
    }
}
