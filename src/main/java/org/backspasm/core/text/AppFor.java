package org.backspasm.core.text;

import java.util.List;

/** Who the app is for (CLINICAL-FACTS 4c): adults 16 and over, as NICE NG59 covers over-16s. */
public final class AppFor {
    public static final String ADULTS = "This app is for adults 16 and over. Someone under 16 with back pain "
            + "should see a doctor.";
    public static final List<String> SOURCES = List.of("NICE-NG59");

    private AppFor() {
    }
}
