package org.backspasm.ui.companion;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backspasm.core.state.FileProblem;
import org.backspasm.core.companion.FollowUp;
import org.backspasm.core.state.TextFiles;
import org.backspasm.core.companion.FollowUpCard;
import org.backspasm.core.companion.FollowUpDismissals;
import org.backspasm.core.journal.DoctorReport;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.Progress;
import org.backspasm.core.journal.ProgressAnswer;
import org.backspasm.core.companion.FollowUpWording;
import org.backspasm.ui.FileOpener;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/**
 * The follow-up card on Today: which card is due (from the episode, the journal and the clock), the answer to
 * "Compared with the start, is your back…?", "Not now" (put away for a week, kept through {@link Dismissals}), and
 * the record for the doctor, written and opened in one click.
 */
public final class FollowUpModel {
    /** Where the cards put away are kept. */
    public interface Dismissals {
        FollowUpDismissals load();

        void save(FollowUpDismissals dismissals);
    }

    /** How many days the doctor's record covers (as the Journal's "Save for my doctor…"). */
    public static final int RECORD_DAYS = 30;

    private final Supplier<List<JournalEntry>> journal;
    private final Consumer<JournalEntry> append;
    private final Supplier<Optional<Instant>> onset;
    private final Clock clock;
    private final Dismissals dismissals;
    private final Path recordsDir;
    private final FileOpener opener;
    private final ReadOnlyObjectWrapper<FollowUpCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final TextFiles files;
    private final Texts t;

    /**
     * @param recordsDir where the doctor's record is saved before it is opened
     * @param files      writes it, whole or not at all
     */
    public FollowUpModel(Supplier<List<JournalEntry>> journal, Consumer<JournalEntry> append,
            Supplier<Optional<Instant>> onset, Clock clock, Dismissals dismissals, Path recordsDir,
            FileOpener opener, TextFiles files, Lang lang) {
        this.t = lang.texts(FollowUpWording.BUNDLE);
        this.journal = journal;
        this.files = files;
        this.append = append;
        this.onset = onset;
        this.clock = clock;
        this.dismissals = dismissals;
        this.recordsDir = recordsDir;
        this.opener = opener;
        refresh(); // at start, so that a damaged part of the saved state it reads is told at start
        lang.localeProperty().addListener((o, a, l) -> {
            message.set("");
            refresh();
        });
    }

    /** Works out the card again (the journal or the episode changed, or Today is shown again). */
    public void refresh() {
        FollowUpCard now = onset.get().flatMap(o -> FollowUp.card(o, journal.get(), clock.instant(),
                clock.getZone(), dismissals.load(), t.locale())).orElse(null);
        if (now == null || card.get() == null || now.kind() != card.get().kind()) {
            message.set("");
        }
        card.set(now);
    }

    /** The answer to "Compared with the start, is your back…?", recorded in the journal. */
    public void answer(Progress p) {
        append.accept(new ProgressAnswer(clock.instant(), p));
        refresh();
    }

    /** "Not now": the card is put away for a week. */
    public void dismiss() {
        FollowUpCard c = card.get();
        Optional<Instant> o = onset.get();
        if (c != null && o.isPresent()) {
            dismissals.save(dismissals.load().dismiss(c.kind(), o.get(), clock.instant()));
        }
        refresh();
    }

    /** Writes the record of the last {@value #RECORD_DAYS} days for the doctor and opens it; says where it went. */
    public void openDoctorRecord() {
        Path file = recordsDir.resolve(t.get("record.fileName", LocalDate.now(clock).toString()));
        try {
            DoctorReport report = DoctorReport.lastDays(journal.get(), clock.instant(), RECORD_DAYS, clock.getZone(),
                    t.locale());
            files.write(file, report.html());
            message.set(t.get("record.saved", RECORD_DAYS, file));
            opener.open(file);
        } catch (IOException | RuntimeException e) {
            message.set(t.get("record.failed", FileProblem.text(e, t.locale())));
        }
    }

    /** The card due now, or null. */
    public ReadOnlyObjectProperty<FollowUpCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** What happened to the record (saved where, or why not); empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
