package org.backspasm.ui.stretch;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;

/** One check box per caution; used by the first-time question and by the Settings section. */
final class CautionsForm extends VBox {
    private final Map<Caution, CheckBox> boxes = new EnumMap<>(Caution.class);

    CautionsForm(String idPrefix) {
        setSpacing(8);
        for (Caution c : Caution.values()) {
            CheckBox b = new CheckBox(c.label());
            b.setId(idPrefix + c.name().toLowerCase().replace('_', '-'));
            b.setWrapText(true);
            boxes.put(c, b);
            getChildren().add(b);
        }
    }

    void show(CautionAnswers answers) {
        boxes.forEach((c, b) -> b.setSelected(answers.has(c)));
    }

    Set<Caution> selected() {
        Set<Caution> out = EnumSet.noneOf(Caution.class);
        boxes.forEach((c, b) -> {
            if (b.isSelected()) {
                out.add(c);
            }
        });
        return out;
    }

    void onChange(Runnable r) {
        boxes.values().forEach(b -> b.setOnAction(e -> r.run()));
    }
}
