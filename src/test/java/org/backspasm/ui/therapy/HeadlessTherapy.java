package org.backspasm.ui.therapy;

import java.util.List;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.journal.JournalEntry;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.testing.FakeClock;
import org.backspasm.testing.ManualAlarmScheduler;
import org.backspasm.testing.RecordingSoundPlayer;
import org.backspasm.ui.Ticker;
import org.backspasm.ui.alert.Alerter;

/** The Ice &amp; Heat model as the app builds it, with no window: no display ticks, no episode yet, a fake clock. */
final class HeadlessTherapy {
    private HeadlessTherapy() {
    }

    /** With an alerter that records what it would play. */
    static TherapyModel model(FakeClock clock, ManualAlarmScheduler alarms, TherapySession session,
            List<JournalEntry> journal) {
        return model(clock, alarms, session, journal, new Alerter(clock, new RecordingSoundPlayer(), () -> true,
                () -> null));
    }

    static TherapyModel model(FakeClock clock, ManualAlarmScheduler alarms, TherapySession session,
            List<JournalEntry> journal, Alerter alerter) {
        Ticker ticker = new Ticker(clock);
        ticker.setSuspended(true); // no window, so no display ticks at all
        return new TherapyModel(session, new EpisodeModel(new EpisodeBook(clock, null, e -> { }, journal::add)),
                ticker, alerter, alarms);
    }
}
