package org.backspasm.ui.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.backspasm.core.state.FileProblem;
import org.backspasm.core.journal.DoctorReport;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.report.PrintLine;
import org.backspasm.core.state.TextFiles;
import org.backspasm.ui.text.Texts;

/**
 * The record for a doctor, saved as a web page or printed: the days it covers (the last {@value #DEFAULT_DAYS}
 * days unless the user picks others, both days included) and what happened when it was saved or printed, in words.
 */
public final class DoctorRecordModel {
    public static final int DEFAULT_DAYS = 30;

    private final Journal journal;
    private final TextFiles files;
    private final Clock clock;
    private final Texts t;
    private final ObjectProperty<LocalDate> first = new SimpleObjectProperty<>(this, "first");
    private final ObjectProperty<LocalDate> last = new SimpleObjectProperty<>(this, "last");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding rangeOk;

    /**
     * @param files writes the record where the user chose, whole or not at all
     * @param t     the journal's texts: the record and what was done with it are in the user's language
     */
    public DoctorRecordModel(Journal journal, TextFiles files, Clock clock, Texts t) {
        this.journal = journal;
        this.t = t;
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
        return t.get("record.badRange", day(last.get()));
    }

    public String suggestedFileName() {
        return t.get("record.fileName", first.get().toString(), last.get().toString());
    }

    private DoctorReport report() {
        return DoctorReport.days(journal.entries(), first.get(), last.get(), clock.getZone(), t.locale());
    }

    /** Writes the record to the file (atomically) and says where it went, or what went wrong. */
    public void save(Path file) {
        try {
            DoctorReport report = report();
            files.write(file, report.html());
            status.set(t.get("record.saved", report.entryCount(), day(first.get()), day(last.get()), file.toString()));
        } catch (IOException e) {
            status.set(t.get("record.saveFailed", file.toString(), FileProblem.text(e, t.locale())));
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
        status.set(ok ? t.get("record.printed", pages, p.entryCount(), day(first.get()), day(last.get()), printer)
                : t.get("record.printFailed", printer));
    }

    public void noPrinter() {
        status.set(t.get("record.noPrinter"));
    }

    public void printCancelled() {
        status.set("");
    }

    /** "Page 2 of 5" at the foot of a printed page. */
    public String pageFoot(int page, int pages) {
        return t.get("record.pageFoot", page, pages);
    }

    private String day(LocalDate d) {
        return t.formats().date(d);
    }
}
