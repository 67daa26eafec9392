package org.backspasm.core.settings;

import java.util.List;

/**
 * The short medical disclaimer a user accepts once, on first start (CLINICAL-FACTS section 5): its words are in the
 * {@code shell} bundle ({@code disclaimer.*}, every language); here, the sources behind them.
 */
public final class Disclaimer {
    public static final List<String> SOURCES = List.of("NHS-BACK", "NINDS", "CSP", "NHS-INFORM", "MEDALG",
            "FDA-CPSC");

    private Disclaimer() {
    }
}
