package org.backspasm.ui.warningsigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.warningsigns.Offer;
import org.backspasm.core.warningsigns.OfferDismissals;
import org.backspasm.testing.FakeClock;
import org.junit.jupiter.api.Test;

/** The Today offers without a window: worked out from the journal, put away for the day, back the next day. */
class CheckOffersModelTest {
    private final FakeClock clock = FakeClock.at("2026-11-22T09:30:00Z");
    private final List<JournalEntry> journal = new ArrayList<>();
    private OfferDismissals saved = OfferDismissals.none();
    private final CheckOffersModel model = new CheckOffersModel(() -> journal, new CheckOffersModel.Dismissals() {
        @Override
        public OfferDismissals load() {
            return saved;
        }

        @Override
        public void save(OfferDismissals d) {
            saved = d;
        }
    }, clock);

    @Test
    void aHighPainRatingBringsAnOfferThatCanBePutAwayForTheDay() {
        assertTrue(model.offers().isEmpty());
        assertFalse(model.anyProperty().get());

        journal.add(new PainRating(clock.instant(), 9, "", ""));
        model.refresh();
        assertEquals(List.of(Offer.HIGH_PAIN), model.offers().stream().map(Offer::id).toList());
        assertTrue(model.anyProperty().get());

        model.dismiss(model.offers().get(0));
        assertTrue(model.offers().isEmpty());
        assertFalse(model.anyProperty().get());
        assertEquals(LocalDate.of(2026, 11, 22), saved.dismissedOn().get(Offer.HIGH_PAIN), "kept in the state");

        clock.advanceMinutes(24 * 60);
        model.refresh();
        assertEquals(List.of(Offer.HIGH_PAIN), model.offers().stream().map(Offer::id).toList(), "back the next day");
    }
}
