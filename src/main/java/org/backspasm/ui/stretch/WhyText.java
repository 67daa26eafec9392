package org.backspasm.ui.stretch;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.ui.source.SourceLines;

/** The "Why?" panel of a stretch: what it is for, dose, cautions, when to stop, and the sources (citations in tooltips). */
final class WhyText extends VBox {
    private final SourceLines sources;

    WhyText(SourceLines sources) {
        super(6);
        this.sources = sources;
        getStyleClass().add("why-panel");
        setId("stretch-why-panel");
    }

    void show(Stretch s) {
        getChildren().clear();
        add("Why: " + s.purpose(), "lead");
        boolean timed = !s.dose().byBreaths() && s.dose().holdSeconds() >= 120;
        String most = timed ? s.dose().maxReps() * s.dose().holdSeconds() / 60 + " min"
                : s.dose().maxReps() + " reps";
        add("Dose: " + s.dose().describe(s.dose().reps()) + " to start with; up to " + most
                + " as it gets easier.", "");
        s.cautions().forEach(c -> add("• " + c, ""));
        s.stopIf().forEach(c -> add("Stop: " + c, "error-text"));
        getChildren().add(sources.line(s.sources()));
    }

    private void add(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (!style.isEmpty()) {
            l.getStyleClass().add(style);
        }
        getChildren().add(l);
    }
}
