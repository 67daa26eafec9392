package org.backspasm.core.text;

import java.util.List;

/**
 * Who the app is for (CLINICAL-FACTS 4c): adults 16 and over, as NICE NG59 covers over-16s. The disclaimer says it
 * ({@code disclaimer.adults} in the {@code shell} bundle); these are its sources.
 */
public final class AppFor {
    public static final List<String> SOURCES = List.of("NICE-NG59");

    private AppFor() {
    }
}
