package org.backspasm.core.state;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.backspasm.core.companion.ReminderSettings;
import org.backspasm.core.companion.ReminderState;
import org.backspasm.core.companion.FollowUpDismissals;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.settings.AlertSettings;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.core.warningsigns.OfferDismissals;

/**
 * The one list of the parts of the saved state. The store decodes and reports damage by it, {@code --status} checks
 * every part in it, and the reliability tests damage every part in it. A new part is one line here (and its record
 * in core); its key is never renamed once released.
 */
public final class Sections {
    public static final Section<Settings> SETTINGS = new Section<>("settings", Settings.class,
            Settings.defaults(Locale.ROOT), "your settings");
    public static final Section<AlertSettings> ALERTS = new Section<>("alerts", AlertSettings.class,
            AlertSettings.DEFAULTS, "your alert settings (window to the front, desktop notifications)");
    public static final Section<WindowBounds> WINDOW = new Section<>("window", WindowBounds.class,
            WindowBounds.defaults(), "the window size and place");
    public static final Section<Episode> EPISODE = new Section<>("episode", Episode.class, null,
            "the current episode");
    public static final Section<TherapyState> THERAPY = new Section<>("therapy", TherapyState.class,
            TherapyState.EMPTY, "the ice and heat timer and its safety answers");
    public static final Section<StretchState> STRETCH = new Section<>("stretch", StretchState.class,
            StretchState.EMPTY, "your stretch routine and progress");
    public static final Section<FollowUpDismissals> FOLLOW_UP = new Section<>("followup", FollowUpDismissals.class,
            FollowUpDismissals.none(), "the follow-up cards you put away for a week");
    public static final Section<OfferDismissals> CHECK_OFFERS = new Section<>("redflag", OfferDismissals.class,
            OfferDismissals.none(), "the warning-sign check reminders");
    public static final Section<ReminderSettings> REMINDERS = new Section<>("reminders", ReminderSettings.class,
            ReminderSettings.DEFAULTS, "your reminder settings");
    public static final Section<ReminderState> REMINDER_STATE = new Section<>(ReminderState.SECTION,
            ReminderState.class, ReminderState.EMPTY, "which reminders were shown and snoozed");

    /** Every part, in the order they are checked. */
    public static final List<Section<?>> ALL = List.of(SETTINGS, ALERTS, WINDOW, EPISODE, THERAPY, STRETCH,
            CHECK_OFFERS, FOLLOW_UP, REMINDERS, REMINDER_STATE);

    private Sections() {
    }

    /** The section with this key, if it is one of ours. */
    public static Optional<Section<?>> byKey(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** A saver for one section: what a feature hands its core class as {@code save}. */
    public static <T> Consumer<T> saver(SavedState state, Section<T> section) {
        return value -> state.put(section, value);
    }
}
