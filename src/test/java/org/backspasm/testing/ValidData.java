package org.backspasm.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backspasm.core.settings.AlertSettings;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.core.state.Section;
import org.backspasm.core.state.Sections;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.core.warningsigns.OfferDismissals;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.journal.PainRating;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.therapy.Mode;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.store.JournalStore;
import org.backspasm.store.StateStore;
import org.backspasm.store.StoreNotices;
import org.backspasm.ui.SettingsModel;

/**
 * A data folder as the app leaves it after ordinary use, written through the real stores and the core API:
 * settings with the disclaimer accepted, an episode, an ice session whose first pack came off at {@link #NOW} (so
 * its skin break is running), every other part of the state (writing fails if a part of {@link Sections#ALL} is
 * missing, so a new part is added here too), and a journal holding each kind of entry that has been made by then.
 */
public final class ValidData {
    public static final Instant NOW = Instant.parse("2026-11-22T09:30:00Z");

    private ValidData() {
    }

    public static void write(Path dir) throws IOException {
        FakeClock clock = new FakeClock(NOW.minus(Duration.ofHours(30)), java.time.ZoneId.of("Europe/London"));
        StoreNotices notices = new StoreNotices();
        StateStore state = StateStore.open(dir, Runnable::run, notices, clock);
        JournalStore journal = JournalStore.open(dir, Runnable::run, notices, clock);
        state.put(Sections.SETTINGS, Settings.defaults(Locale.UK).withDisclaimerAcceptedAt(clock.instant()));
        state.put(Sections.ALERTS, AlertSettings.DEFAULTS.withDesktopNotifications(false));
        state.put(Sections.WINDOW, new WindowBounds(40, 30, 1000, 700, false));
        state.put(Sections.STRETCH, StretchState.EMPTY.withCautions(CautionAnswers.answered(Set.of())));
        state.put(Sections.CHECK_OFFERS, OfferDismissals.none());
        org.backspasm.core.companion.ReminderSettings reminders = org.backspasm.core.companion.ReminderSettings.DEFAULTS
                .withSittingMinutes(45);
        state.put(Sections.REMINDERS, reminders);
        state.put(Sections.REMINDER_STATE, org.backspasm.core.companion.ReminderSchedule.observe(reminders,
                org.backspasm.core.companion.ReminderState.EMPTY, new org.backspasm.core.companion.ReminderSchedule
                        .Context(clock.instant(), clock.getZone(), false, clock.instant(), List.of(), false)).state());
        state.put(Sections.FOLLOW_UP, org.backspasm.core.companion.FollowUpDismissals.none()
                .dismiss(org.backspasm.core.companion.FollowUpKind.ONE_WEEK, NOW.minus(Duration.ofDays(9)), NOW));
        EpisodeBook episodes = new EpisodeBook(clock, null, e -> state.put(Sections.EPISODE, e), journal::append);
        episodes.start(clock.instant().minus(Duration.ofHours(2)));
        clock.advance(Duration.ofHours(29).plusMinutes(40));
        journal.append(new PainRating(clock.instant(), 6, "getting out of bed", "morning"));
        journal.append(FiveYears.check(clock.instant()));
        journal.append(new org.backspasm.core.journal.ReminderDone(clock.instant(), "SITTING"));
        TherapySession session = new TherapySession(clock, TherapyState.EMPTY,
                s -> state.put(Sections.THERAPY, s), journal::append);
        session.start(TherapyPlan.defaults(Mode.ICE));
        clock.advance(Duration.ofMinutes(20));
        session.next(false);
        if (!clock.instant().equals(NOW) || !notices.peekAll().isEmpty() || !Files.exists(dir.resolve("state.json"))) {
            throw new IllegalStateException("the fixture did not come out as planned: " + notices.peekAll());
        }
        for (Section<?> section : Sections.ALL) {
            if (!StateStore.readOnly(dir).has(section.key())) {
                throw new IllegalStateException("the fixture has no \"" + section.key() + "\" part: add one here");
            }
        }
    }
}
