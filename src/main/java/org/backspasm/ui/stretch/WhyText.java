package org.backspasm.ui.stretch;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.ui.source.SourceLines;

/** The "Why?" panel of a stretch: what it is for, dose, cautions, when to stop, and the sources (full citations in their tooltips). */
final class WhyText {
    private WhyText() {
    }

    static void fill(VBox box, Stretch s, SourceLines sources) {
        box.getChildren().clear();
        add(box, "Why: " + s.purpose(), "lead");
        boolean timed = !s.dose().byBreaths() && s.dose().holdSeconds() >= 120;
        String most = timed ? s.dose().maxReps() * s.dose().holdSeconds() / 60 + " min"
                : s.dose().maxReps() + " reps";
        add(box, "Dose: " + s.dose().describe(s.dose().reps()) + " to start with; up to " + most
                + " as it gets easier.", "");
        s.cautions().forEach(c -> add(box, "• " + c, ""));
        s.stopIf().forEach(c -> add(box, "Stop: " + c, "error-text"));
        box.getChildren().add(sources.line(s.sources()));
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
