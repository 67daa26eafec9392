package org.backspasm.ui.stretch;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.core.stretch.Stretch;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Texts;

/** The "Why?" panel of a stretch: what it is for, dose, cautions, when to stop, and the sources (citations in tooltips). */
final class WhyText extends VBox {
    private final SourceLines sources;
    private final Texts t;

    WhyText(SourceLines sources, Texts t) {
        super(6);
        this.sources = sources;
        this.t = t;
        getStyleClass().add("why-panel");
        setId("stretch-why-panel");
    }

    void show(Stretch s) {
        getChildren().clear();
        add(t.get("why.purpose", t.content(s.purpose())), "lead");
        String most = s.dose().inMinutes() ? t.get("dose.minutes", s.dose().maxReps() * s.dose().holdSeconds() / 60)
                : t.get("row.reps", s.dose().maxReps());
        add(t.get("why.dose", DoseWords.of(s.dose(), s.dose().reps(), t), most), "");
        s.cautions().forEach(c -> add(t.get("bullet", t.content(c)), ""));
        s.stopIf().forEach(c -> add(t.get("why.stop", t.content(c)), "error-text"));
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
