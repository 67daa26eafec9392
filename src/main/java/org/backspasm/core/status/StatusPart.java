package org.backspasm.core.status;

import com.google.gson.JsonElement;
import java.time.Clock;
import java.util.Locale;
import org.backspasm.core.state.StateReader;

/**
 * A feature's part of {@code --status}: what it shows from the saved state at the clock's instant, as one member
 * of the JSON object and as words in the one human line. Read only: a part never saves anything.
 */
public interface StatusPart {
    /** The member's name in {@code --status --json} (English, stable: scripts read it). */
    String key();

    /** The member's value; {@code JsonNull} when there is nothing to show. */
    JsonElement json(StateReader saved, Clock clock);

    /** The bundle of the built-in parts' words ({@code org/backspasm/i18n/status.properties}). */
    String BUNDLE = "status";

    /**
     * One or more sentences for the human line, each ending with a full stop, in the locale's language (the user's:
     * see docs/i18n.md). The JSON stays English.
     */
    String line(StateReader saved, Clock clock, Locale locale);
}
