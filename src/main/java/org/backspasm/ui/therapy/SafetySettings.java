package org.backspasm.ui.therapy;

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
        CheckBox ice = box(model, Modality.ICE);
        CheckBox heat = box(model, Modality.HEAT);
        Label help = new Label("Ticked means the app will not offer it, because you said a caution applies. Untick "
                + "it only if that has changed, or a clinician has said you may use it; the question is then asked again. "
                + "The question about sleeping tablets, strong pain medicines, alcohol or drowsiness is asked each "
                + "time heat starts.");
        help.setWrapText(true);
        help.getStyleClass().addAll("muted", "small");
        return new Node[] {ice, note(Modality.ICE), sources.line(TherapyAdvice.cautionSources(Modality.ICE)), heat,
                note(Modality.HEAT), sources.line(TherapyAdvice.cautionSources(Modality.HEAT)), help, heatOffToday(model)};
    }

    private static CheckBox box(TherapyModel model, Modality m) {
        CheckBox b = new CheckBox("Don't offer " + m.word() + ": one of the " + m.word() + " cautions applies to me");
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
    private static CheckBox heatOffToday(TherapyModel model) {
        CheckBox b = new CheckBox("No heat today: I said I had taken sleeping tablets or strong pain medicines, had "
                + "alcohol, or felt drowsy. Untick it only if that answer was a mistake (heat is offered again "
                + "tomorrow anyway).");
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

    private static Label note(Modality m) {
        Label l = new Label(m.label() + " cautions: " + String.join("; ", TherapyAdvice.cautions(m)) + ".");
        l.setWrapText(true);
        l.getStyleClass().addAll("muted", "small");
        return l;
    }
}
