package org.backspasm.ui.stretch;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.Stretch;

/** The "Why?" panel of a stretch: what it is for, dose, cautions, when to stop, and the sources. */
final class WhyText {
    private WhyText() {
    }

    static void fill(VBox box, Stretch s) {
        box.getChildren().clear();
        add(box, "Why: " + s.purpose(), "lead");
        add(box, "Dose: " + s.dose().describe(s.dose().reps()) + " to start with; up to " + s.dose().maxReps()
                + " reps as it gets easier.", "");
        s.cautions().forEach(c -> add(box, "• " + c, ""));
        s.stopIf().forEach(c -> add(box, "Stop: " + c, "error-text"));
        if (!s.unverified().isEmpty()) {
            add(box, "Not established: " + s.unverified(), "muted");
        }
        add(box, s.sourceLine(), "source-ids");
    }

    private static void add(VBox box, String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (!style.isEmpty()) {
            l.getStyleClass().add(style);
        }
        box.getChildren().add(l);
    }
}
