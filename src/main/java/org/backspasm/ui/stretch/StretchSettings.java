package org.backspasm.ui.stretch;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.backspasm.ui.source.SourceLines;

/** The Settings section "Stretch safety": the caution answers, changed at any time, saved at once. */
public final class StretchSettings {
    private StretchSettings() {
    }

    public static Node[] section(StretchModel model, SourceLines sources) {
        CautionsForm form = new CautionsForm("settings-caution-");
        form.show(model.stateProperty().get().cautions());
        form.onChange(() -> model.saveCautions(form.selected()));
        model.stateProperty().addListener((o, a, s) -> form.show(s.cautions()));
        Label help = new Label("Stretches that these make unsafe are left out of your routines, with the reason; "
                + "others show what to change.");
        help.setWrapText(true);
        help.getStyleClass().addAll("muted", "small");
        return new Node[] {new Label("Do any of these apply to you?"), form, help,
                sources.line("MAYO-EX", "CSP", "NHS-BACK")};
    }
}
