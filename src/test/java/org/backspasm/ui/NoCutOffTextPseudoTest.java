package org.backspasm.ui;

import java.util.Locale;

/**
 * {@link NoCutOffTextTest} in the pseudo-locale: every text about 40 % longer than the English, the room a longer language needs: every state, at every text size (light theme) and with the largest text in every
 * theme, in the smallest window (640×480).
 */
class NoCutOffTextPseudoTest extends NoCutOffTextTest {
    @Override
    protected Locale locale() {
        return org.backspasm.core.i18n.Pseudo.LOCALE;
    }

    @Override
    protected boolean usualSizeToo() {
        return false;
    }
}
