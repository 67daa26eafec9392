package org.backspasm.ui;

import java.util.Locale;

/**
 * {@link NoCutOffTextTest} in Spanish, as a computer set to Spanish (Spain) shows it: every state, at every text
 * size, in the smallest window (640×480). Pictures (small-xl-es-ES-*) with {@code -Dnocutoff.pictures=true}.
 */
class NoCutOffTextSpanishTest extends NoCutOffTextTest {
    @Override
    protected Locale locale() {
        return Locale.forLanguageTag("es-ES");
    }

    @Override
    protected boolean usualSizeToo() {
        return false;
    }
}
