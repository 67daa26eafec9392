package org.backspasm.ui.stretch;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.Caution;
import org.backspasm.core.stretch.CautionAnswers;
import org.backspasm.ui.text.Texts;

/** One check box per caution; used by the first-time question and by the Settings section. */
final class CautionsForm extends VBox {
    private final Map<Caution, CheckBox> boxes = new EnumMap<>(Caution.class);

    CautionsForm(String idPrefix, Texts t) {
        setSpacing(8);
        for (Caution c : Caution.values()) {
            CheckBox b = new CheckBox(label(c, t));
            b.setId(idPrefix + c.name().toLowerCase().replace('_', '-'));
            b.setWrapText(true);
            boxes.put(c, b);
            getChildren().add(b);
        }
    }

    /** The condition as the question names it. */
    static String label(Caution c, Texts t) {
        return switch (c) {
            case OSTEOPOROSIS -> t.get("caution.osteoporosis");
            case KNEE_PROBLEMS -> t.get("caution.knees");
            case PREGNANCY -> t.get("caution.pregnancy");
            case RECENT_INJURY_OR_SURGERY -> t.get("caution.injury");
        };
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
