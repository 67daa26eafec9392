package org.backspasm.ui.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.backspasm.ui.FxThread;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.backspasm.core.journal.EpisodeEvent;
import org.backspasm.core.journal.Journal;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.journal.StretchSessionRecord;
import org.backspasm.core.journal.TherapySegmentRecord;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.core.state.TextFiles;

/** The journal screen's model: every entry, newest first, filtered by kind, kept in step with new appends. */
public final class JournalModel {

    /** The filters the screen offers. */
    public enum Filter {
        ALL("Everything", e -> true),
        PAIN("Pain ratings", e -> e instanceof PainRating),
        THERAPY("Ice & heat", e -> e instanceof TherapySegmentRecord),
        STRETCHES("Stretches", e -> e instanceof StretchSessionRecord),
        CHECKS("Warning-sign checks", e -> e instanceof WarningSignCheckRecord),
        EPISODES("Episodes", e -> e instanceof EpisodeEvent);

        private final String label;
        private final Predicate<JournalEntry> test;

        Filter(String label, Predicate<JournalEntry> test) {
            this.label = label;
            this.test = test;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Journal journal;
    private final TextFiles files;
    private final ObservableList<JournalEntry> all;
    private final FilteredList<JournalEntry> filtered;
    private final SortedList<JournalEntry> newestFirst;

    /** @param files writes the report for a doctor */
    public JournalModel(Journal journal, TextFiles files) {
        this.journal = journal;
        this.files = files;
        // filled before the views on it are made, so they sort once instead of taking years of entries one by one
        all = FXCollections.observableArrayList(journal.entries());
        filtered = new FilteredList<>(all);
        newestFirst = new SortedList<>(filtered, Comparator.comparing(JournalEntry::at).reversed());
        journal.onAppend(FxThread.consumer(all::add));
        journal.onAppendAll(FxThread.consumer(all::addAll)); // an import: one change for the whole batch
    }

    public ObservableList<JournalEntry> entries() {
        return newestFirst;
    }

    public ObservableList<JournalEntry> allEntries() {
        return all;
    }

    public void setFilter(Filter f) {
        filtered.setPredicate(f.test);
    }

    public void add(JournalEntry entry) {
        journal.append(entry);
    }

    /** The journal this model shows (the doctor's record reads it too). */
    Journal journal() {
        return journal;
    }

    /** Writes the record for a doctor where the user chose. */
    TextFiles files() {
        return files;
    }

    public List<PainRating> painRatings() {
        return all.stream().filter(PainRating.class::isInstance).map(PainRating.class::cast)
                .sorted(Comparator.comparing(PainRating::at)).toList();
    }

    /** The pain ratings from one instant to another, oldest first: only those are sorted, not years of them. */
    public List<PainRating> painRatings(Instant from, Instant to) {
        List<PainRating> out = new ArrayList<>();
        for (JournalEntry e : all) {
            if (e instanceof PainRating r && !r.at().isBefore(from) && !r.at().isAfter(to)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(PainRating::at));
        return out;
    }
}
