package org.backspasm.core.warningsigns;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The "redflag" state section (the name earlier versions saved it under, kept so existing data reads unchanged):
 * which check offers were dismissed, and on which day (they come back the next day).
 */
public record OfferDismissals(Map<String, LocalDate> dismissedOn) {

    public OfferDismissals {
        dismissedOn = dismissedOn == null ? Map.of() : Map.copyOf(dismissedOn);
    }

    public static OfferDismissals none() {
        return new OfferDismissals(Map.of());
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
        return new OfferDismissals(next);
    }
}
