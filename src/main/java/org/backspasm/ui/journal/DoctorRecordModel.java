package org.backspasm.ui.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.backspasm.core.journal.DoctorReport;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.report.PrintLine;
import org.backspasm.core.state.TextFiles;

/**
 * The record for a doctor, saved as a web page or printed: the days it covers (the last {@value #DEFAULT_DAYS}
 * days unless the user picks others, both days included) and what happened when it was saved or printed, in words.
 */
public final class DoctorRecordModel {
    public static final int DEFAULT_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Journal journal;
    private final TextFiles files;
    private final Clock clock;
    private final ObjectProperty<LocalDate> first = new SimpleObjectProperty<>(this, "first");
    private final ObjectProperty<LocalDate> last = new SimpleObjectProperty<>(this, "last");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding rangeOk;

    /** @param files writes the record where the user chose, whole or not at all */
    public DoctorRecordModel(Journal journal, TextFiles files, Clock clock) {
        this.journal = journal;
        this.files = files;
        this.clock = clock;
        LocalDate today = LocalDate.now(clock);
        first.set(today.minusDays(DEFAULT_DAYS));
        last.set(today);
        rangeOk = Bindings.createBooleanBinding(() -> first.get() != null && last.get() != null
                && !first.get().isAfter(last.get()), first, last);
    }

    /** The first day of the record (included). */
    public ObjectProperty<LocalDate> firstProperty() {
        return first;
    }

    /** The last day of the record (included). */
    public ObjectProperty<LocalDate> lastProperty() {
        return last;
    }

    /** True when both days are set and the first is not after the last. */
    public BooleanBinding rangeOkProperty() {
        return rangeOk;
    }

    /** What the last save or print did, or why the days cannot be used; empty at first. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String rangeProblem() {
        return "The first day is after the last one: choose a first day on or before " + day(last.get()) + ".";
    }

    public String suggestedFileName() {
        return "back-pain-journal-" + first.get() + "-to-" + last.get() + ".html";
    }

    private DoctorReport report() {
        return DoctorReport.days(journal.entries(), first.get(), last.get(), clock.getZone());
    }

    /** Writes the record to the file (atomically) and says where it went, or what went wrong. */
    public void save(Path file) {
        try {
            DoctorReport report = report();
            files.write(file, report.html());
            status.set("Saved " + entries(report.entryCount()) + " " + period() + " to " + file + ". Open it in a web "
                    + "browser to read it or print it.");
        } catch (IOException e) {
            status.set("The record could not be saved to " + file + ": " + e.getMessage() + ". Try another folder.");
        }
    }

    /** The record as lines to lay out on printed pages, with how many entries it holds. */
    public Printable printable() {
        DoctorReport report = report();
        return new Printable(report.printLines(), report.entryCount());
    }

    public record Printable(List<PrintLine> lines, int entryCount) { }

    /** After the pages went to the printer (or did not). */
    public void printed(Printable p, int pages, String printer, boolean ok) {
        status.set(ok ? "Sent " + (pages == 1 ? "1 page" : pages + " pages") + " (" + entries(p.entryCount()) + " "
                + period() + ") to " + printer + ". To make a PDF, choose a printer that saves to PDF."
                : "The record could not be printed on " + printer + ". Check the printer, or save the record and "
                + "print it from a web browser.");
    }

    public void noPrinter() {
        status.set("No printer is set up on this computer. Save the record instead and print it from a web browser, "
                + "or set up a printer (a \"print to PDF\" printer makes a PDF).");
    }

    public void printCancelled() {
        status.set("");
    }

    private String period() {
        return "from " + day(first.get()) + " to " + day(last.get());
    }

    private static String entries(int n) {
        return n == 1 ? "1 entry" : n + " entries";
    }

    private static String day(LocalDate d) {
        return DAY.format(d);
    }
}
