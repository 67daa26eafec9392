package org.backspasm.ui.stretch;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.backspasm.core.stretch.StretchAdvice;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;

/** The Settings section "Stretch safety": the caution answers, changed at any time, saved at once. */
public final class StretchSettings {
    private StretchSettings() {
    }

    public static Node[] section(RoutineModel model, SourceLines sources, Lang lang) {
        Texts t = lang.texts(org.backspasm.core.stretch.PhaseText.BUNDLE);
        CautionsForm form = new CautionsForm("settings-caution-", t);
        form.show(model.stateProperty().get().cautions());
        CheckBox clinicianOk = new CheckBox(t.get("settings.clinicianOk"));
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
        Label help = new Label(t.get("settings.help"));
        help.setWrapText(true);
        help.getStyleClass().addAll("muted", "small");
        return new Node[] {new Label(t.get("settings.ask")), form, clinicianOk, help,
                sources.line(StretchAdvice.CAUTION_SETTINGS_SOURCES)};
    }
}
