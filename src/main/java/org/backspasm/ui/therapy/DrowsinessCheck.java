package org.backspasm.ui.therapy;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backspasm.core.therapy.TherapyAdvice;
import org.backspasm.ui.source.SourceLines;

/**
 * The card for the question asked every time heat starts (sleeping tablets, strong pain medicines, alcohol or
 * drowsiness today), shown with the harm heat can do to the skin and a "Why?".
 */
final class DrowsinessCheck {
    private DrowsinessCheck() {
    }

    /** Before heat: the question, the skin warning, and "Why?". Esc goes back without starting. */
    static ConfirmCard question(TherapyQuestion q, SourceLines sources, Runnable onYes, Runnable onNo,
            Runnable onEscape, org.backspasm.ui.text.Texts t) {
        Label skin = new Label(TherapyAdvice.HEAT_SKIN.text(t.locale()));
        skin.setWrapText(true);
        skin.setId("heat-today-skin");
        ToggleButton why = new ToggleButton(t.get("drowsy.why"));
        why.setId("heat-today-why");
        Label whyText = new Label(TherapyAdvice.HEAT_WHY.text(t.locale()));
        whyText.setWrapText(true);
        whyText.setId("heat-today-why-text");
        whyText.getStyleClass().add("muted");
        Node whySources = sources.line(TherapyAdvice.HEAT_WHY.sources());
        for (Node n : new Node[] {whyText, whySources}) {
            n.visibleProperty().bind(why.selectedProperty());
            n.managedProperty().bind(why.selectedProperty());
        }
        return new ConfirmCard(q.id(), q.title(t), q.text(t), q.yes(t), q.no(t), onYes, onNo)
                .with(scrolling(skin, sources.line(TherapyAdvice.HEAT_SKIN.sources()), why, whyText, whySources))
                .onEscape(onEscape);
    }

    /**
     * The skin warning and "Why?" scroll inside the card when the window is small (640x480, large text), so the
     * question and the answers stay in view and no line is cut short.
     */
    private static ScrollPane scrolling(Node... content) {
        VBox box = new VBox(8, content);
        for (Node n : content) {
            if (n instanceof Label l) {
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(60);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.SOMETIMES);
        return scroll;
    }
}
