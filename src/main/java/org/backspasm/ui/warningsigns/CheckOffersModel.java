package org.backspasm.ui.warningsigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.warningsigns.CheckOffers;
import org.backspasm.core.warningsigns.Offer;
import org.backspasm.core.warningsigns.OfferDismissals;

/**
 * The model behind the Today screen's check offers: works the offers out from the journal and the clock, and keeps
 * the ones put away for the day through {@link Dismissals}.
 */
public final class CheckOffersModel {
    private final Supplier<java.util.Locale> language;
    /** Where the offers put away for the day are kept. */
    public interface Dismissals {
        OfferDismissals load();

        void save(OfferDismissals dismissals);
    }

    private final Supplier<List<JournalEntry>> journal;
    private final Dismissals dismissals;
    private final Clock clock;
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ObservableList<Offer> offersView = FXCollections.unmodifiableObservableList(offers);
    private final ReadOnlyBooleanWrapper any = new ReadOnlyBooleanWrapper(false);

    public CheckOffersModel(Supplier<List<JournalEntry>> journal, Dismissals dismissals, Clock clock) {
        this(journal, dismissals, clock, () -> java.util.Locale.UK);
    }

    /** @param language the language the offers are written in (the app's) */
    public CheckOffersModel(Supplier<List<JournalEntry>> journal, Dismissals dismissals, Clock clock,
            Supplier<java.util.Locale> language) {
        this.language = language;
        this.journal = journal;
        this.dismissals = dismissals;
        this.clock = clock;
        // worked out when Today shows the card (its first showing included), not before: once at start, not twice;
        // what was put away is read now, so that a damaged part of the saved state is told at start
        dismissals.load();
    }

    /** Works the offers out again (the journal changed, or Today is shown: the first time, or again). */
    public void refresh() {
        List<Offer> now = CheckOffers.compute(journal.get(), clock.instant(), clock.getZone(), dismissals.load(),
                language.get());
        if (!now.equals(offers)) {
            offers.setAll(now);
        }
        any.set(!now.isEmpty());
    }

    /** "Not today": the offer is put away until tomorrow. */
    public void dismiss(Offer o) {
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        dismissals.save(dismissals.load().dismiss(o.id(), today));
        refresh();
    }

    /** "Something new?": the user noted a new symptom now, so the check is offered again (one click away). */
    public void somethingNew() {
        dismissals.save(dismissals.load().somethingNew(clock.instant()));
        refresh();
    }

    public ObservableList<Offer> offers() {
        return offersView;
    }

    /** True while there is something to offer. */
    public ReadOnlyBooleanProperty anyProperty() {
        return any.getReadOnlyProperty();
    }
}
