package org.backspasm.ui.therapy;

import org.backspasm.ui.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.backspasm.core.therapy.Modality;
import org.backspasm.core.therapy.SafetyAnswers;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.ui.source.SourceLines;

/** The Settings section for the ice/heat safety answers: one switch per modality, with its cautions listed. */
public final class SafetySettings {
    private SafetySettings() {
    }

    public static Node[] nodes(TherapyModel model, SourceLines sources) {
        Texts t = model.texts();
        CheckBox ice = box(model, Modality.ICE, t);
        CheckBox heat = box(model, Modality.HEAT, t);
        Label help = new Label(t.get("safety.help"));
        help.setWrapText(true);
        help.getStyleClass().addAll("muted", "small");
        return new Node[] {ice, note(Modality.ICE, t), sources.line(TherapyAdvice.cautionSources(Modality.ICE)), heat,
                note(Modality.HEAT, t), sources.line(TherapyAdvice.cautionSources(Modality.HEAT)), help,
                heatOffToday(model, t)};
    }

    private static CheckBox box(TherapyModel model, Modality m, Texts t) {
        CheckBox b = new CheckBox(m == Modality.ICE ? t.get("safety.block.ice") : t.get("safety.block.heat"));
        b.setId("settings-block-" + m.word());
        b.setWrapText(true);
        b.setSelected(model.safetyProperty().get().blocked(m));
        b.selectedProperty().addListener((o, a, on) -> {
            if (on != model.safetyProperty().get().blocked(m)) {
                model.setConcern(m, on);
            }
        });
        model.safetyProperty().addListener((o, a, s) -> b.setSelected(((SafetyAnswers) s).blocked(m)));
        return b;
    }

    /** Today's answer to the drowsiness question asked at every heat start, to undo a yes given by mistake. */
    private static CheckBox heatOffToday(TherapyModel model, Texts t) {
        CheckBox b = new CheckBox(t.get("safety.heatOffToday"));
        b.setId("settings-heat-off-today");
        b.setWrapText(true);
        showOff(b, model.heatOffToday());
        b.selectedProperty().addListener((o, a, on) -> {
            if (on != model.heatOffToday()) {
                model.setHeatOffToday(on);
            }
        });
        model.safetyProperty().addListener((o, a, s) -> showOff(b, model.heatOffToday()));
        return b;
    }

    /** Shown (ticked) only while heat is off for today. */
    private static void showOff(CheckBox b, boolean off) {
        b.setSelected(off);
        b.setVisible(off);
        b.setManaged(off);
    }

    private static Label note(Modality m, Texts t) {
        String list = TherapyAdvice.cautions(m, t.locale()).stream()
                .reduce((a, b) -> t.get("safety.cautionList", a, b)).orElse("");
        Label l = new Label(m == Modality.ICE ? t.get("safety.cautions.ice", list) : t.get("safety.cautions.heat", list));
        l.setWrapText(true);
        l.getStyleClass().addAll("muted", "small");
        return l;
    }
}
