package org.backspasm.core.warningsigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The "redflag" state section (the name earlier versions saved it under, kept so existing data reads unchanged):
 * which check offers were dismissed, and on which day (they come back the next day), and when the user last said
 * something new had happened ("Something new?" beside the pain rating), or null.
 */
public record OfferDismissals(Map<String, LocalDate> dismissedOn, Instant somethingNewAt) {

    public OfferDismissals {
        dismissedOn = dismissedOn == null ? Map.of() : Map.copyOf(dismissedOn);
    }

    public OfferDismissals(Map<String, LocalDate> dismissedOn) {
        this(dismissedOn, null);
    }

    public static OfferDismissals none() {
        return new OfferDismissals(Map.of());
    }

    /** The user said something new has happened, at this instant: the check is offered again. */
    public OfferDismissals somethingNew(Instant at) {
        Map<String, LocalDate> next = new HashMap<>(dismissedOn);
        next.remove(Offer.SOMETHING_NEW); // a new report is offered again, even if the last one was put away today
        return new OfferDismissals(next, at);
    }

    /** Dismissed today; entries from earlier days are dropped. */
    public OfferDismissals dismiss(String offerId, LocalDate today) {
        Map<String, LocalDate> next = new HashMap<>();
        dismissedOn.forEach((id, day) -> {
            if (day.equals(today)) {
                next.put(id, day);
            }
        });
        next.put(offerId, today);
        return new OfferDismissals(next, somethingNewAt);
    }
}
