package org.backspasm.ui.stretch;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.backspasm.core.stretch.StretchAdvice;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.ui.source.SourceLines;

/** The Settings section "Stretch safety": the caution answers, changed at any time, saved at once. */
public final class StretchSettings {
    private StretchSettings() {
    }

    public static Node[] section(RoutineModel model, SourceLines sources) {
        CautionsForm form = new CautionsForm("settings-caution-");
        form.show(model.stateProperty().get().cautions());
        CheckBox clinicianOk = new CheckBox("After the injury, fall or operation: a doctor or physiotherapist has "
                + "said exercise is all right for me");
        clinicianOk.setId("settings-clinician-ok");
        clinicianOk.setWrapText(true);
        Runnable showOk = () -> {
            CautionAnswers a = model.stateProperty().get().cautions();
            clinicianOk.setSelected(a.clinicianOk());
            clinicianOk.setDisable(!a.has(Caution.RECENT_INJURY_OR_SURGERY));
        };
        showOk.run();
        form.onChange(() -> model.saveCautions(form.selected()));
        clinicianOk.setOnAction(e -> model.setClinicianOk(clinicianOk.isSelected()));
        model.stateProperty().addListener((o, a, s) -> {
            form.show(s.cautions());
            showOk.run();
        });
        Label help = new Label("Stretches that these make unsafe are left out of your routines, with the reason; "
                + "others are played in a gentler version or show what to change.");
        help.setWrapText(true);
        help.getStyleClass().addAll("muted", "small");
        return new Node[] {new Label("Do any of these apply to you?"), form, clinicianOk, help,
                sources.line(StretchAdvice.CAUTION_SETTINGS_SOURCES)};
    }
}
