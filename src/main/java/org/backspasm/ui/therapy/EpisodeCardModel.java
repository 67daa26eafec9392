package org.backspasm.ui.therapy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backspasm.core.episode.EarlyDays;
import org.backspasm.core.episode.EpisodeAdvice;
import org.backspasm.core.episode.Episode;
import org.backspasm.core.episode.OnsetCheck;
import org.backspasm.core.episode.OnsetPick;
import org.backspasm.core.episode.Phase;
import org.backspasm.core.therapy.TherapyAdvice;

/**
 * The episode card's presentation model: whether it asks for the onset or shows the episode, the episode's texts at
 * the clock's instant, and the message after an onset was given. It reads the typed time and checks the onset; the
 * card only shows what it says.
 */
public final class EpisodeCardModel {
    /** What the card shows. */
    public enum Showing { ASK, CHANGE, EPISODE }

    /** The texts about the episode now; a part that does not apply now is null. */
    public record Texts(Phase phase, String since, String marks, String suggestion, String earlyDays,
            String chronic, String weekNudge) {
    }

    /** Why the app asks when the spasm began. */
    public static final String WHY_ASK = EpisodeAdvice.WHY_ASK;
    static final List<String> WHY_ASK_SOURCES = EpisodeAdvice.WHY_ASK_SOURCES;
    static final String EVIDENCE = TherapyAdvice.EVIDENCE.text();
    static final List<String> EVIDENCE_SOURCES = TherapyAdvice.EVIDENCE.sources();
    static final List<String> EARLY_DAYS_SOURCES = EarlyDays.SOURCES;
    static final List<String> CHRONIC_SOURCES = OnsetCheck.CHRONIC_SOURCES;
    static final List<String> WEEK_NUDGE_SOURCES = EpisodeAdvice.WEEK_NUDGE_SOURCES;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    private final EpisodeModel episode;
    private final ReadOnlyObjectWrapper<Showing> showing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Texts> texts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private boolean editing;

    public EpisodeCardModel(EpisodeModel episode) {
        this.episode = episode;
        episode.currentProperty().addListener((o, a, e) -> {
            editing = false;
            refresh();
        });
        refresh();
    }

    /** Reads the clock and updates the texts (when shown, and when the episode changes). */
    public void refresh() {
        Episode e = episode.current();
        Instant now = episode.clock().instant();
        Showing p = e == null ? Showing.ASK : editing ? Showing.CHANGE : Showing.EPISODE;
        if (p == Showing.EPISODE) {
            message.set(""); // a message about the onset shows once, just after it was given
        }
        texts.set(e == null ? null : texts(e, now, episode.clock().getZone()));
        showing.set(p);
    }

    static Texts texts(Episode e, Instant now, ZoneId zone) {
        Phase phase = e.phaseAt(now);
        String nudge = !e.suggestsWarningSignCheck(now) ? null : "It has been "
                + Duration.between(e.onset(), now).toDays() + " days. If your back "
                + "is not getting better after a week of looking after it at home, it is worth booking a doctor or "
                + "physiotherapy appointment. The warning-sign check takes a couple of minutes.";
        return new Texts(phase, sinceText(e, now, zone), marksText(e, now), TherapyAdvice.suggestion(phase),
                EarlyDays.shownAt(e, now) ? EarlyDays.TEXT : null,
                phase == Phase.CHRONIC ? OnsetCheck.CHRONIC_MESSAGE : null, nudge);
    }

    static String sinceText(Episode e, Instant now, ZoneId zone) {
        long hours = e.hoursSinceOnset(now);
        String began = WHEN.format(e.onset().atZone(zone));
        if (hours < 72) {
            return hours + (hours == 1 ? " hour" : " hours") + " since it began (" + began + ").";
        }
        long days = e.sinceOnset(now).toDays();
        return days + " days (" + hours + " hours) since it began (" + began + ").";
    }

    private static String marksText(Episode e, Instant now) {
        Duration to48 = e.untilSwitchover(now);
        Duration to72 = e.untilHeatWindow(now);
        if (!to48.isZero()) {
            return "48 hours in " + hm(to48) + "; 72 hours in " + hm(to72) + ".";
        }
        if (!to72.isZero()) {
            return "48 hours have passed; 72 hours in " + hm(to72) + ".";
        }
        return "The first 72 hours have passed.";
    }

    static String hm(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        return h > 0 ? h + " h " + m + " min" : m + " min";
    }

    /** The day the date field starts at: today. */
    public LocalDate today() {
        return LocalDate.now(episode.clock());
    }

    public void changeOnset() {
        editing = true;
        refresh();
    }

    public void cancelChange() {
        editing = false;
        message.set("");
        refresh();
    }

    public void pick(OnsetPick p) {
        submit(p.resolve(episode.clock()));
    }

    /** The date and the typed time ("7:30", "19:45"). */
    public void submitTyped(LocalDate date, String text) {
        LocalTime t;
        try {
            t = LocalTime.parse(text == null ? "" : text.strip(), HH_MM);
        } catch (DateTimeParseException ex) {
            say("Please type the time as hours and minutes, for example 7:30 or 19:45.", true);
            return;
        }
        if (date == null) {
            say("Please pick a date.", true);
            return;
        }
        submit(ZonedDateTime.of(date, t, episode.clock().getZone()).toInstant());
    }

    private void submit(Instant onset) {
        OnsetCheck verdict = episode.start(onset);
        if (!verdict.accepted()) {
            say(verdict.message(), true);
        } else {
            editing = false;
            refresh();
            if (verdict.verdict() == OnsetCheck.Verdict.CHRONIC) {
                say(verdict.message(), false);
            }
        }
    }

    private void say(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    public void endEpisode() {
        episode.end();
    }

    public ReadOnlyObjectProperty<Showing> showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Texts> textsProperty() {
        return texts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
