package org.backspasm.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.episode.EpisodeBook;
import org.backspasm.core.warningsigns.OfferDismissals;
import org.backspasm.core.settings.Settings;
import org.backspasm.core.settings.WindowBounds;
import org.backspasm.core.stretch.StretchState;
import org.backspasm.core.therapy.AlarmSchedule;
import org.backspasm.core.therapy.RunStatus;
import org.backspasm.core.therapy.SegmentStage;
import org.backspasm.core.therapy.TherapyPlan;
import org.backspasm.core.therapy.TherapySession;
import org.backspasm.core.therapy.TherapyState;
import org.backspasm.core.therapy.TimeWords;
import org.backspasm.store.DataDirs;
import org.backspasm.store.JournalStore;
import org.backspasm.store.NewerDataException;
import org.backspasm.store.StateStore;
import org.backspasm.app.WindowPlacement;
import org.backspasm.ui.settings.SettingsModel;

/**
 * {@code --status} (one human line) and {@code --status --json} (one JSON object): the episode and the timer as
 * they stand now, read from the data folder without changing anything and without opening a window.
 * Exit codes: 0 fine, 2 the data folder cannot be read.
 */
public final class StatusCommand {
    public static final String OPTION = "--status";
    public static final int EXIT_OK = 0;
    public static final int EXIT_UNREADABLE = 2;
    /** The state sections --status does not show but checks, so damage anywhere in the file is reported. */
    private static final Map<String, Class<?>> OTHER_SECTIONS = Map.of(
            SettingsModel.SECTION, Settings.class,
            WindowPlacement.SECTION, WindowBounds.class,
            OfferDismissals.SECTION, OfferDismissals.class,
            StretchState.SECTION, StretchState.class);

    private StatusCommand() {
    }

    public static boolean wanted(List<String> args) {
        return args.contains(OPTION);
    }

    /** Runs the command for this process (its environment, OS and home folder). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path dir = DataDirs.forThisProcess(args);
        return run(args, dir, Clock.systemDefaultZone(), out, err);
    }

    public static int run(List<String> args, Map<String, String> env, String osName, Path home, Clock clock,
            PrintStream out, PrintStream err) {
        return run(args, DataDirs.resolve(args, env, osName, home), clock, out, err);
    }

    static int run(List<String> args, Path dir, Clock clock, PrintStream out, PrintStream err) {
        boolean json = args.contains("--json");
        Episode episode;
        TherapyState therapy;
        try {
            JsonObject sections = StateStore.readOnly(dir);
            for (Map.Entry<String, Class<?>> section : OTHER_SECTIONS.entrySet()) {
                decode(dir, sections, section.getKey(), section.getValue());
            }
            episode = decode(dir, sections, EpisodeBook.SECTION, Episode.class);
            therapy = decode(dir, sections, TherapySession.SECTION, TherapyState.class);
            JournalStore.check(dir);
        } catch (NewerDataException e) {
            err.println("Back Spasm Companion: " + e.getMessage());
            return EXIT_UNREADABLE;
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("Back Spasm Companion: " + words(e) + ". Nothing was changed. Open the app to have it set the damaged part aside, or use --data-dir "
                    + "to read another folder.");
            return EXIT_UNREADABLE;
        }
        Instant now = clock.instant();
        RunStatus timer = null;
        if (therapy != null && therapy.run() != null) {
            // read as the app reads it (clock set back, a pack paused by an older version), saving nothing
            timer = new TherapySession(clock, therapy, x -> { }, x -> { }).status().orElse(null);
        }
        out.println(json ? toJson(episode, timer, now) : toLine(episode, timer, now, clock));
        return EXIT_OK;
    }

    private static <T> T decode(Path dir, JsonObject sections, String name, Class<T> type) throws IOException {
        JsonElement raw = sections.get(name);
        if (raw == null || raw.isJsonNull()) {
            return null;
        }
        try {
            return StateStore.decode(raw, type);
        } catch (RuntimeException e) {
            throw new IOException("the \"" + name + "\" part of " + dir.resolve(StateStore.FILE_NAME)
                    + " cannot be read", e);
        }
    }

    private static String words(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "a file in the data folder is far too large";
        }
        if (e instanceof StackOverflowError) {
            return "a file in the data folder is nested far too deeply";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "a file in the data folder is damaged" : m;
    }

    static String toJson(Episode episode, RunStatus timer, Instant now) {
        JsonObject root = new JsonObject();
        if (episode == null) {
            root.add("episode", JsonNull.INSTANCE);
        } else {
            JsonObject e = new JsonObject();
            e.addProperty("onset", episode.onset().toString());
            e.addProperty("phase", episode.phaseAt(now).name());
            e.addProperty("hoursSinceOnset", Math.floor(episode.sinceOnset(now).toMinutes() / 6.0) / 10.0);
            root.add("episode", e);
        }
        if (timer == null) {
            root.add("timer", JsonNull.INSTANCE);
        } else {
            JsonObject t = new JsonObject();
            t.addProperty("mode", timer.mode().name());
            t.addProperty("segment", timer.kind().name());
            t.addProperty("round", timer.round());
            t.addProperty("rounds", timer.rounds());
            t.addProperty("remainingSeconds", (timer.remaining().toMillis() + 999) / 1000);
            t.addProperty("segmentEndsAt", timer.endsAt().toString());
            t.addProperty("paused", timer.stage() == SegmentStage.PAUSED);
            t.addProperty("stage", timer.stage().name());
            t.addProperty("overdueSeconds", timer.over().getSeconds());
            t.addProperty("reminders", Math.max(0, AlarmSchedule.latestDue(timer, null, now)));
            t.addProperty("remindersMax", AlarmSchedule.repeats(timer));
            Instant next = AlarmSchedule.nextDue(timer, now);
            t.addProperty("nextAlertAt", next == null ? null : next.toString());
            root.add("timer", t);
        }
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(root);
    }

    static String toLine(Episode episode, RunStatus timer, Instant now, Clock clock) {
        String e = episode == null ? "No episode recorded."
                : "Episode: " + episode.hoursSinceOnset(now) + " h since onset (" + episode.phaseAt(now).label() + ").";
        if (timer == null) {
            return e + " No timer running.";
        }
        String rounds = timer.rounds() == TherapyPlan.UNTIL_STOPPED ? "" : " of " + timer.rounds();
        String what = timer.kind().label() + ", round " + timer.round() + rounds + ": ";
        String state = switch (timer.stage()) {
            case COUNTING -> TimeWords.countdown(timer.remaining()) + " left (until "
                    + TimeWords.clockTime(timer.endsAt(), clock.getZone()) + ")";
            case PAUSED -> TimeWords.countdown(timer.remaining()) + " left, paused";
            case PACK_OFF_DUE -> "time is up since " + TimeWords.clockTime(timer.endsAt(), clock.getZone())
                    + ", take it off" + reminders(timer, now, clock);
            case BREAK_OVER -> "skin break over since " + TimeWords.clockTime(timer.endsAt(), clock.getZone())
                    + reminders(timer, now, clock);
        };
        return e + " Timer: " + what + state + ".";
    }

    /** "; reminder 3 of 10, next at 14:28", from the stored instants (as the app's alarm computes them). */
    private static String reminders(RunStatus timer, Instant now, Clock clock) {
        int n = Math.max(0, AlarmSchedule.latestDue(timer, null, now));
        Instant next = AlarmSchedule.nextDue(timer, now);
        String done = n == 0 ? "; no reminder yet" : "; reminder " + n + " of " + AlarmSchedule.repeats(timer);
        return done + (next == null ? ", no more reminders" : ", next at " + TimeWords.clockTime(next, clock.getZone()));
    }
}
