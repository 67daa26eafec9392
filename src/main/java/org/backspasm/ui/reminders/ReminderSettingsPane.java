package org.backspasm.ui.reminders;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.backspasm.core.companion.FluidLimit;
import org.backspasm.core.companion.ReminderKind;
import org.backspasm.core.companion.ReminderSettings;
import org.backspasm.core.companion.ReminderTexts;
import org.backspasm.desktop.IdleSource;
import org.backspasm.ui.layout.WrapRow;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Texts;

/**
 * Settings → Reminders: a switch per reminder with its times, the fluid-limit question before hydration, quiet
 * hours, the next reminder, and what this computer lets the app see (natural breaks, do-not-disturb).
 */
public final class ReminderSettingsPane {
    private static final List<Integer> SITTING_CHOICES = List.of(20, 30, 45, 60, 90, 120);

    private final ReminderModel model;
    private final SourceLines sources;
    private final Label next = new Label();
    private final Texts t;

    public ReminderSettingsPane(ReminderModel model, SourceLines sources, Texts words) {
        this.model = model;
        this.sources = sources;
        this.t = words;
    }

    /** The controls, for {@code SettingsScreen.addSection}. */
    public Node[] nodes() {
        ReminderSettings s = model.settings();
        List<Node> out = new ArrayList<>();
        out.add(muted(t.get("settings.intro")));
        ComboBox<Integer> walks = new ComboBox<>(FXCollections.observableArrayList(3, 4));
        walks.setValue(s.walksPerDay());
        walks.setId("reminders-walks-per-day");
        walks.valueProperty().addListener((o, a, n) -> model.update(x -> x.withWalksPerDay(n)));
        out.add(row(toggle(ReminderKind.WALK, t.get("settings.walks")), walks, new Label(t.get("settings.perDay"))));
        out.add(sources.line(ReminderTexts.of(ReminderKind.WALK, s, t.locale()).sources()));

        ComboBox<LocalTime> first = times("reminders-routine-time", s.routineTimes().get(0), false);
        ComboBox<LocalTime> second = times("reminders-routine-time-2",
                s.routineTimes().size() > 1 ? s.routineTimes().get(1) : null, true);
        Runnable routineTimes = () -> model.update(x -> x.withRoutineTimes(
                second.getValue() == null ? List.of(first.getValue()) : List.of(first.getValue(), second.getValue())));
        first.valueProperty().addListener((o, a, n) -> routineTimes.run());
        second.valueProperty().addListener((o, a, n) -> routineTimes.run());
        out.add(row(toggle(ReminderKind.ROUTINE, t.get("settings.routine")), first, new Label(t.get("settings.secondTime")),
                second));

        ComboBox<Integer> sitting = new ComboBox<>(FXCollections.observableArrayList(SITTING_CHOICES));
        sitting.setId("reminders-sitting-minutes");
        sitting.setValue(s.sittingMinutes() == null ? ReminderSettings.SUGGESTED_SITTING_FROM : s.sittingMinutes());
        CheckBox sittingOn = toggle(ReminderKind.SITTING, t.get("settings.sitting"));
        sitting.valueProperty().addListener((o, a, n) -> {
            if (sittingOn.isSelected()) {
                model.update(x -> x.withSittingMinutes(n));
            }
        });
        sittingOn.selectedProperty().addListener((o, a, on) ->
                model.update(x -> x.withSittingMinutes(on ? sitting.getValue() : null)));
        out.add(row(sittingOn, sitting, new Label(t.get("settings.minutes"))));
        out.add(muted(t.get("settings.sittingHelp")));

        out.add(hydration());
        out.add(sources.line(ReminderTexts.of(ReminderKind.HYDRATION, s, t.locale()).sources()));

        ComboBox<LocalTime> pain = times("reminders-pain-time", s.painTime(), false);
        pain.valueProperty().addListener((o, a, n) -> model.update(x -> x.withPainTime(n)));
        out.add(row(toggle(ReminderKind.PAIN_RATING, t.get("settings.pain")), pain));

        ComboBox<LocalTime> quietFrom = times("reminders-quiet-from", s.quietStart(), false);
        ComboBox<LocalTime> quietTo = times("reminders-quiet-to", s.quietEnd(), false);
        Runnable quiet = () -> model.update(x -> x.withQuietHours(quietFrom.getValue(), quietTo.getValue()));
        quietFrom.valueProperty().addListener((o, a, n) -> quiet.run());
        quietTo.valueProperty().addListener((o, a, n) -> quiet.run());
        out.add(row(new Label(t.get("settings.quietFrom")), quietFrom, new Label(t.get("settings.quietTo")), quietTo));

        out.add(muted(t.get("settings.episodeNote")));
        next.setId("reminders-next");
        next.setWrapText(true);
        next.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        showNext();
        model.nextProperty().addListener((o, a, n) -> showNext());
        out.add(next);
        Label natural = muted(natural(model.idleSource(), t));
        natural.setId("reminders-natural-breaks");
        out.add(natural);
        return out.toArray(new Node[0]);
    }

    private void showNext() {
        next.setText(ReminderTexts.nextLine(model.nextProperty().get(), model.clock().getZone(), t.locale()));
    }

    private CheckBox toggle(ReminderKind kind, String text) {
        CheckBox b = new CheckBox(text);
        b.setId("reminders-" + kind.name().toLowerCase().replace('_', '-'));
        b.setWrapText(true);
        b.setSelected(model.settings().on(kind));
        if (kind != ReminderKind.SITTING) {
            b.selectedProperty().addListener((o, a, on) -> model.update(x -> x.withOn(kind, on)));
        }
        return b;
    }

    /** The drink reminder: the fluid-limit question comes first; with a limit it is not offered. */
    private Node hydration() {
        CheckBox on = toggle(ReminderKind.HYDRATION, t.get("settings.hydration"));
        Label question = new Label(t.get("settings.fluidQuestion"));
        question.setWrapText(true);
        Button yes = new Button(t.get("settings.fluidYes"));
        yes.setId("reminders-fluid-limit-yes");
        Button no = new Button(t.get("settings.fluidNo"));
        no.setId("reminders-fluid-limit-no");
        Label limited = muted(t.get("settings.fluidLimited"));
        limited.setId("reminders-fluid-limited");
        VBox ask = new VBox(6, question, new HBox(8, yes, no));
        ask.setId("reminders-fluid-question");
        VBox box = new VBox(6, on, ask, limited);
        Runnable show = () -> {
            FluidLimit answer = model.settings().fluidLimit();
            boolean asking = on.isSelected() && answer == FluidLimit.NOT_ASKED;
            ask.setVisible(asking);
            ask.setManaged(asking);
            limited.setVisible(answer == FluidLimit.HAS_LIMIT);
            limited.setManaged(answer == FluidLimit.HAS_LIMIT);
            on.setDisable(answer == FluidLimit.HAS_LIMIT);
        };
        on.selectedProperty().addListener((o, a, sel) -> show.run());
        yes.setOnAction(e -> {
            model.update(x -> x.withFluidLimit(FluidLimit.HAS_LIMIT));
            on.setSelected(false);
            show.run();
        });
        no.setOnAction(e -> {
            model.update(x -> x.withFluidLimit(FluidLimit.NO_LIMIT).withOn(ReminderKind.HYDRATION, true));
            show.run();
        });
        show.run();
        return box;
    }

    /** What the app can see of natural breaks and do-not-disturb here. */
    static String natural(IdleSource idle, Texts t) {
        String breaks = switch (idle.means()) {
            case X11_SCREENSAVER, WINDOWS_LAST_INPUT, MACOS_EVENT_SOURCE -> t.get("settings.breaksSeen");
            case NONE -> t.get("settings.breaksUnseen");
        };
        String dnd = idle.seesDoNotDisturb() ? t.get("settings.dndSeen") : t.get("settings.dndUnseen");
        return breaks + "\n" + dnd;
    }

    private ComboBox<LocalTime> times(String id, LocalTime value, boolean optional) {
        List<LocalTime> all = new ArrayList<>();
        if (optional) {
            all.add(null);
        }
        for (int m = 0; m < 24 * 60; m += 30) {
            all.add(LocalTime.of(m / 60, m % 60));
        }
        if (value != null && !all.contains(value)) {
            all.add(value);
            all.sort((a, b) -> a == null ? -1 : b == null ? 1 : a.compareTo(b));
        }
        ComboBox<LocalTime> c = new ComboBox<>(FXCollections.observableArrayList(all));
        c.setId(id);
        c.setVisibleRowCount(10);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalTime time) {
                return time == null ? t.get("settings.onlyOnce") : t.formats().time(time);
            }

            @Override
            public LocalTime fromString(String s) { // not editable: the shown text of one of the items
                return all.stream().filter(x -> x != null && toString(x).equals(s)).findFirst().orElse(null);
            }
        });
        c.setValue(value);
        return c;
    }

    private static WrapRow row(Node... nodes) {
        return new WrapRow(8, 6, nodes);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every line, also before the page settles
        l.getStyleClass().addAll("muted", "small");
        return l;
    }
}
