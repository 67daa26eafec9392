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
import java.util.Locale;
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
import org.backspasm.core.i18n.Formats;
import org.backspasm.core.i18n.Messages;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.ui.text.Lang;

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

    static final List<String> WHY_ASK_SOURCES = EpisodeAdvice.WHY_ASK_SOURCES;
        static final List<String> EVIDENCE_SOURCES = TherapyAdvice.EVIDENCE.sources();
    static final List<String> EARLY_DAYS_SOURCES = EarlyDays.SOURCES;
    static final List<String> CHRONIC_SOURCES = OnsetCheck.CHRONIC_SOURCES;
    static final List<String> WEEK_NUDGE_SOURCES = EpisodeAdvice.WEEK_NUDGE_SOURCES;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    private final EpisodeModel episode;
    private final Lang lang;
    private final ReadOnlyObjectWrapper<Showing> showing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Texts> texts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private boolean editing;

    public EpisodeCardModel(EpisodeModel episode, Lang lang) {
        this.episode = episode;
        this.lang = lang;
        lang.localeProperty().addListener((o, a, l) -> refresh());
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
        texts.set(e == null ? null : texts(e, now, episode.clock().getZone(), lang.locale()));
        showing.set(p);
    }

    static Texts texts(Episode e, Instant now, ZoneId zone, Locale locale) {
        Messages m = Messages.of(OnsetCheck.BUNDLE, locale);
        Phase phase = e.phaseAt(now);
        String nudge = !e.suggestsWarningSignCheck(now) ? null
                : m.text("card.weekNudge", Duration.between(e.onset(), now).toDays());
        return new Texts(phase, sinceText(e, now, zone, m, locale), marksText(e, now, m),
                TherapyAdvice.suggestion(phase, locale), EarlyDays.shownAt(e, now) ? EarlyDays.text(locale) : null,
                phase == Phase.CHRONIC ? OnsetCheck.chronicMessage(locale) : null, nudge);
    }

    static String sinceText(Episode e, Instant now, ZoneId zone, Messages m, Locale locale) {
        long hours = e.hoursSinceOnset(now);
        String began = Formats.of(locale).weekdayDateTime(e.onset().atZone(zone));
        if (hours < 72) {
            return m.text("card.since.hours", hours, began);
        }
        return m.text("card.since.days", e.sinceOnset(now).toDays(), hours, began);
    }

    private static String marksText(Episode e, Instant now, Messages m) {
        Duration to48 = e.untilSwitchover(now);
        Duration to72 = e.untilHeatWindow(now);
        if (!to48.isZero()) {
            return m.text("card.marks.both", hm(to48, m), hm(to72, m));
        }
        if (!to72.isZero()) {
            return m.text("card.marks.72", hm(to72, m));
        }
        return m.text("card.marks.none");
    }

    static String hm(Duration d, Messages m) {
        long h = d.toHours();
        long min = d.toMinutesPart();
        return h > 0 ? m.text("card.hm", h, min) : m.text("card.m", min);
    }

    /** Why the app asks when the spasm began. */
    public String whyAsk() {
        return EpisodeAdvice.whyAsk(lang.locale());
    }

    /** A quick answer's words. */
    public String label(OnsetPick p) {
        return p.label(lang.locale());
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
            say(Messages.of(OnsetCheck.BUNDLE, lang.locale()).text("card.badTime"), true);
            return;
        }
        if (date == null) {
            say(Messages.of(OnsetCheck.BUNDLE, lang.locale()).text("card.noDate"), true);
            return;
        }
        submit(ZonedDateTime.of(date, t, episode.clock().getZone()).toInstant());
    }

    private void submit(Instant onset) {
        OnsetCheck verdict = episode.start(onset);
        if (!verdict.accepted()) {
            say(verdict.message(lang.locale()), true);
        } else {
            editing = false;
            refresh();
            if (verdict.verdict() == OnsetCheck.Verdict.CHRONIC) {
                say(verdict.message(lang.locale()), false);
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
