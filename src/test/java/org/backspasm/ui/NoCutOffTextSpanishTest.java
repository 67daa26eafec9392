package org.backspasm.ui;

import java.util.Locale;

/**
 * {@link NoCutOffTextTest} in Spanish, as a computer set to Spanish (Spain) shows it: every state, at every text size (light theme) and with the largest text in every
 * theme, in the smallest window (640×480).
 */
class NoCutOffTextSpanishTest extends NoCutOffTextTest {
    @Override
    protected Locale locale() {
        return java.util.Locale.forLanguageTag("es-ES");
    }

    @Override
    protected boolean usualSizeToo() {
        return false;
    }
}
