package org.backspasm.ui.warningsigns;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.core.warningsigns.Answer;
import org.backspasm.core.warningsigns.Assessment;
import org.backspasm.core.warningsigns.CheckOffers;
import org.backspasm.core.warningsigns.CheckPage;
import org.backspasm.core.warningsigns.CheckRecords;
import org.backspasm.core.warningsigns.CheckReport;
import org.backspasm.core.warningsigns.Level;
import org.backspasm.core.warningsigns.SaidElsewhere;
import org.backspasm.core.warningsigns.SignCatalog;
import org.backspasm.core.warningsigns.WarningSign;
import org.backspasm.core.state.TextFiles;

/**
 * The warning-sign check as the screen sees it: the answers so far, which page is showing (or the result), the
 * emergency number, and the history of finished checks. A yes that makes the level an emergency goes straight to
 * the result; every result shown is recorded in the journal (once per set of answers).
 */
public final class WarningSignsModel {

    /** What the check area shows. */
    public enum CheckStage { QUESTIONS, RESULT }

    private final SignCatalog catalog;
    private java.util.Locale locale = java.util.Locale.UK;
    private final List<CheckPage> pages;
    private final Clock clock;
    private final Consumer<WarningSignCheckRecord> recorder;
    private final Supplier<List<JournalEntry>> journal;
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<CheckStage> stage = new ReadOnlyObjectWrapper<>(CheckStage.QUESTIONS);
    private final ReadOnlyStringWrapper emergencyNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper numberReminder = new ReadOnlyStringWrapper("");
    private final ObservableList<WarningSignCheckRecord> records = FXCollections.observableArrayList();
    private final SortedList<WarningSignCheckRecord> history =
            new SortedList<>(records, Comparator.comparing(WarningSignCheckRecord::at).reversed());
    private final BooleanBinding pageComplete;
    private WarningSignCheckRecord recordedThisCheck;
    private java.util.function.BooleanSupplier saidPregnant = () -> false;
    private boolean pregnantPreset;

    private final TextFiles files;

    public WarningSignsModel(SignCatalog catalog, Clock clock, Consumer<WarningSignCheckRecord> recorder,
            Supplier<List<JournalEntry>> journal, TextFiles files) {
        this.catalog = catalog;
        this.files = files;
        this.pages = CheckPage.pagesOf(catalog, CheckPage.PAGE_SIZE);
        this.clock = clock;
        this.recorder = recorder;
        this.journal = journal;
        assessment.set(Assessment.start(catalog));
        journal.get().forEach(this::journalAppended);
        pageComplete = Bindings.createBooleanBinding(() -> isComplete(page()), assessment, pageIndex);
    }

    // ---- what the view shows ----

    /** The language the user reads the check in: the journal keeps the signs in it, the report is written in it. */
    public void setLocale(java.util.Locale locale) {
        this.locale = locale;
    }

    public SignCatalog catalog() {
        return catalog;
    }

    public List<CheckPage> pages() {
        return pages;
    }

    public CheckPage page() {
        return pages.get(pageIndex.get());
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public Assessment assessment() {
        return assessment.get();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CheckStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emergencyNumberProperty() {
        return emergencyNumber.getReadOnlyProperty();
    }

    public void setEmergencyNumber(String number) {
        setEmergencyNumber(number, "");
    }

    /** The number and, while the user has not checked it, the reminder to check it (else empty). */
    public void setEmergencyNumber(String number, String reminder) {
        numberReminder.set(reminder);
        emergencyNumber.set(number);
    }

    /** "Check this is your local emergency number (Settings)." until the number is checked; else empty. */
    public ReadOnlyStringProperty numberReminderProperty() {
        return numberReminder.getReadOnlyProperty();
    }

    /** Every question on the current page is answered (follow-ups only once they are asked). */
    public BooleanBinding pageCompleteProperty() {
        return pageComplete;
    }

    public boolean isLastPage() {
        return pageIndex.get() == pages.size() - 1;
    }

    public boolean isAsked(WarningSign sign) {
        return assessment.get().isAsked(sign);
    }

    public Level level() {
        return assessment.get().level();
    }

    /** How long ago the current episode began, from the journal (shown beside the "not improving" question). */
    public Optional<String> episodeAge(java.util.Locale locale) {
        return CheckOffers.episodeAgeText(journal.get(), clock.instant(), locale);
    }

    /** Finished checks, newest first. */
    public ObservableList<WarningSignCheckRecord> history() {
        return history;
    }

    public Optional<WarningSignCheckRecord> latestRecord() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(0));
    }

    // ---- what the user does ----

    public void answer(String signId, Answer answer) {
        Level before = level();
        assessment.set(assessment.get().with(signId, answer));
        if (stage.get() == CheckStage.QUESTIONS && before != Level.EMERGENCY && level() == Level.EMERGENCY) {
            finish(); // the rest can wait
        }
    }

    public void next() {
        if (!pageComplete.get()) {
            return;
        }
        if (isLastPage()) {
            finish();
        } else {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void back() {
        if (stage.get() == CheckStage.RESULT) {
            stage.set(CheckStage.QUESTIONS);
        } else if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    /**
     * Where the user may have said they are pregnant (the stretch safety questions): a new check then starts with the
     * pregnancy question answered yes, so its signs are asked (CLINICAL-FACTS 4c). Applies now if nothing is answered.
     */
    public void setSaidPregnantElsewhere(java.util.function.BooleanSupplier said) {
        saidPregnant = said;
        if (stage.get() == CheckStage.QUESTIONS && assessment.get().allAnswers().isEmpty()) {
            startNew();
        }
    }

    /** A line shown with a question whose answer came from elsewhere (pregnancy), while it is still that answer. */
    public Optional<String> noteFor(WarningSign sign) {
        boolean shown = pregnantPreset && sign.id().equals(SaidElsewhere.PREGNANT)
                && assessment.get().answer(SaidElsewhere.PREGNANT).orElse(null) == Answer.YES;
        return shown ? Optional.of(SaidElsewhere.pregnantNote(locale)) : Optional.empty();
    }

    public void startNew() {
        pregnantPreset = saidPregnant.getAsBoolean();
        assessment.set(SaidElsewhere.start(catalog, pregnantPreset));
        recordedThisCheck = null;
        pageIndex.set(0);
        stage.set(CheckStage.QUESTIONS);
    }

    /** The emergency result when the answers already point there; otherwise the emergency questions. */
    public void openEmergencyPage() {
        if (stage.get() == CheckStage.RESULT && level() == Level.EMERGENCY) {
            return;
        }
        pageIndex.set(0);
        stage.set(CheckStage.QUESTIONS);
    }

    /** Writes the readable summary of a check to a file. */
    public void saveReport(WarningSignCheckRecord record, Path file) throws IOException {
        String html = CheckReport.html(record, catalog, clock.getZone(), emergencyNumber.get(), numberReminder.get(),
                locale);
        files.write(file, html);
    }

    /** Called for every journal entry (the existing ones at start, then each append). */
    public void journalAppended(JournalEntry entry) {
        if (entry instanceof WarningSignCheckRecord r) {
            records.add(r);
        }
    }

    private void finish() {
        WarningSignCheckRecord r = CheckRecords.toRecord(assessment.get(), clock.instant(), locale);
        boolean same = recordedThisCheck != null && recordedThisCheck.answers().equals(r.answers());
        if (!same) {
            recordedThisCheck = r;
            recorder.accept(r);
        }
        stage.set(CheckStage.RESULT);
    }

    private boolean isComplete(CheckPage p) {
        Assessment a = assessment.get();
        return p.questions().stream().filter(a::isAsked).allMatch(s -> a.answer(s.id()).isPresent());
    }
}
