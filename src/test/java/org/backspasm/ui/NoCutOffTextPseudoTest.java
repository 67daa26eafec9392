package org.backspasm.ui;

import java.util.Locale;
import org.backspasm.core.i18n.Pseudo;

/**
 * {@link NoCutOffTextTest} in the pseudo-locale, where every text is about 40 % longer than the English (the room a
 * longer language needs): every state, at every text size, in the smallest window (640×480). Pictures
 * (small-xl-en-XA-*) with {@code -Dnocutoff.pictures=true}.
 */
class NoCutOffTextPseudoTest extends NoCutOffTextTest {
    @Override
    protected Locale locale() {
        return Pseudo.LOCALE;
    }

    @Override
    protected boolean usualSizeToo() {
        return false;
    }
}
