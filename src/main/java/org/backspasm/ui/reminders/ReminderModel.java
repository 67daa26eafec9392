package org.backspasm.ui.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backspasm.core.companion.Reminder;
import org.backspasm.core.companion.ReminderKind;
import org.backspasm.core.companion.ReminderSchedule;
import org.backspasm.core.companion.ReminderSettings;
import org.backspasm.core.companion.ReminderState;
import org.backspasm.core.companion.ReminderTexts;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.journal.PainRating;
import org.backspasm.desktop.IdleSource;
import org.backspasm.ui.alert.AlarmScheduler;
import org.backspasm.ui.alert.Cue;

/**
 * The reminders' presentation model. The alarm wakes it (at the next instant a reminder can show, and at least
 * every 30 s while any reminder is on, whatever the window does); each wake reads the clock, the natural breaks
 * and do-not-disturb, asks {@link ReminderSchedule} what to show, and keeps the state. The reminder showing is
 * {@link #currentProperty()} (the reminder window follows it); the answers are commands.
 */
public final class ReminderModel {
    /** Away from keyboard and mouse this long is a natural break: the time sat starts again. */
    public static final Duration NATURAL_BREAK = Duration.ofMinutes(5);
    /** The last instant looked at is saved at least this often while nothing else changes. */
    static final Duration SEEN_SAVE_EVERY = Duration.ofMinutes(5);

    /** What the model needs from the rest of the app, each narrow. */
    public record Wiring(Consumer<ReminderSettings> saveSettings, Consumer<ReminderState> saveState,
            AlarmScheduler alarms, BooleanSupplier episode, Supplier<List<ReminderSchedule.Busy>> busy,
            IdleSource idle, Consumer<JournalEntry> journal, Consumer<Cue> cue, Runnable openStretches) {
    }

    private final Clock clock;
    private final Wiring w;
    private final ReadOnlyObjectWrapper<ReminderSettings> settings;
    private final ReadOnlyObjectWrapper<Reminder> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReminderSchedule.Upcoming> next = new ReadOnlyObjectWrapper<>();
    private ReminderState state;
    private ReminderState saved;
    private Instant sittingSince;
    private final Instant openedAt;
    private boolean opening = true;

    public ReminderModel(Clock clock, ReminderSettings savedSettings, ReminderState savedState, Wiring wiring) {
        this.clock = clock;
        this.w = wiring;
        this.settings = new ReadOnlyObjectWrapper<>(savedSettings == null ? ReminderSettings.DEFAULTS : savedSettings);
        this.state = savedState == null ? ReminderState.EMPTY : savedState;
        this.saved = state;
        this.sittingSince = clock.instant();
        this.openedAt = clock.instant();
        refresh();
        opening = false;
    }

    /** Looks now: shows what is due, keeps the state, arms the alarm. The alarm calls it; every command does. */
    public void refresh() {
        Instant now = clock.instant();
        noticeBreak(now);
        ReminderSettings s = settings.get();
        ReminderSchedule.Outcome o = ReminderSchedule.observe(s, state, context(now, false));
        if (o.show() != null && w.idle().doNotDisturb()) {
            o = ReminderSchedule.observe(s, state, context(now, true)); // waits, at most until quiet hours
        }
        keep(o.state());
        if (o.show() != null) {
            w.cue().accept(Cue.REMINDER);
        }
        current.set(state.current());
        next.set(o.held() != null ? ReminderSchedule.upcoming(s, state, context(now, false)) : o.next());
        if (anyRuns()) {
            w.alarms().arm(o.nextAt(), this::refresh);
        } else {
            w.alarms().cancel();
        }
    }

    private ReminderSchedule.Context context(Instant now, boolean hold) {
        return new ReminderSchedule.Context(now, clock.getZone(), w.episode().getAsBoolean(), sittingSince,
                w.busy().get(), hold);
    }

    /** Away from keyboard and mouse for 5 minutes or more: the time sat starts again. */
    private void noticeBreak(Instant now) {
        Optional<Duration> idle = w.idle().idle();
        if (idle.isPresent() && idle.get().compareTo(NATURAL_BREAK) >= 0) {
            sittingSince = now;
        }
    }

    private boolean anyRuns() {
        boolean episode = w.episode().getAsBoolean();
        for (ReminderKind k : ReminderKind.values()) {
            if (settings.get().runs(k, episode)) {
                return true;
            }
        }
        return state.current() != null;
    }

    /**
     * Keeps the state, and saves it when it changed or the saved last-seen instant is {@link #SEEN_SAVE_EVERY} old.
     * Opening the app changes no file unless a reminder shows at once; a state never saved waits for a reminder
     * or that time too.
     */
    private void keep(ReminderState next) {
        state = next;
        boolean shownNow = state.current() != null && !java.util.Objects.equals(state.current(), saved.current());
        boolean changed;
        boolean stale;
        if (opening || saved.lastSeen() == null) {
            changed = shownNow || (!opening && (!state.shown().isEmpty() || !state.snoozes().isEmpty()));
            stale = !opening && Duration.between(openedAt, clock.instant()).abs().compareTo(SEEN_SAVE_EVERY) >= 0;
        } else {
            changed = state.differsBeyondLastSeen(saved);
            stale = state.lastSeen() == null
                    || Duration.between(saved.lastSeen(), state.lastSeen()).abs().compareTo(SEEN_SAVE_EVERY) >= 0;
        }
        if (changed || stale) {
            saved = state;
            w.saveState().accept(state);
        }
    }

    /** "Done": recorded in the journal (a walk, standing up, a drink); the next reminder waits a while. */
    public void done() {
        Reminder r = state.current();
        if (r == null) {
            return;
        }
        ReminderEntries.done(r.kind(), clock.instant()).ifPresent(w.journal());
        if (r.kind() == ReminderKind.SITTING) {
            sittingSince = clock.instant();
        }
        closeAndRefresh();
    }

    /** The pain-rating reminder answered with a score: the rating itself goes in the journal. */
    public void rate(int score) {
        Reminder r = state.current();
        if (r == null) {
            return;
        }
        w.journal().accept(new PainRating(clock.instant(), score, "", ReminderEntries.RATING_CONTEXT));
        closeAndRefresh();
    }

    /** The routine reminder's "Start": Stretches opens; the session records itself. */
    public void startRoutine() {
        if (state.current() != null) {
            closeAndRefresh();
            w.openStretches().run();
        }
    }

    /** Put away without an answer (the reminder window closed): nothing recorded, it does not come back. */
    public void dismiss() {
        if (state.current() != null) {
            closeAndRefresh();
        }
    }

    public void snooze(ReminderSchedule.Snooze choice) {
        if (state.current() != null) {
            keep(ReminderSchedule.snooze(settings.get(), state, clock.instant(), clock.getZone(), choice));
            refresh();
        }
    }

    private void closeAndRefresh() {
        keep(ReminderSchedule.close(state, clock.instant()));
        refresh();
    }

    /** Changes the settings (saved at once) and looks again. */
    public void update(java.util.function.UnaryOperator<ReminderSettings> change) {
        ReminderSettings n = change.apply(settings.get());
        if (!n.equals(settings.get())) {
            settings.set(n);
            w.saveSettings().accept(n);
            refresh();
        }
    }

    /** What the reminder showing says, in that language, or null. */
    public ReminderTexts.Text currentText(java.util.Locale locale) {
        Reminder r = current.get();
        return r == null ? null : ReminderTexts.of(r, settings.get(), locale);
    }

    public ReminderSettings settings() {
        return settings.get();
    }

    public IdleSource idleSource() {
        return w.idle();
    }

    public Clock clock() {
        return clock;
    }

    public boolean episode() {
        return w.episode().getAsBoolean();
    }

    public ReadOnlyObjectProperty<ReminderSettings> settingsProperty() { return settings.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Reminder> currentProperty() { return current.getReadOnlyProperty(); }
    /** The next reminder to come (kind and instant; instant null while an ice or heat alarm holds it), or null. */
    public ReadOnlyObjectProperty<ReminderSchedule.Upcoming> nextProperty() { return next.getReadOnlyProperty(); }
}
