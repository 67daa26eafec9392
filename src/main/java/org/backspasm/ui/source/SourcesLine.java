package org.backspasm.ui.source;

import java.util.ArrayList;
import java.util.List;
import org.backspasm.ui.text.OwnLanguage;
import org.backspasm.ui.text.Texts;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.backspasm.core.content.Source;

/**
 * "Sources: NHS: Back pain; NICE NG59": each short title opens its link where there is one (through an
 * {@link OpenLinkEvent}), and shows its full citation in a tooltip. Wraps like text; never shows a raw id.
 */
public final class SourcesLine extends TextFlow {
    private final List<Source> sources;
    private final Texts t;

    SourcesLine(List<Source> sources, Texts t) {
        this.sources = List.copyOf(sources);
        this.t = t;
        getStyleClass().add("sources-line");
        setAccessibleRole(AccessibleRole.TEXT);
        if (sources.isEmpty()) {
            getChildren().add(text(t.get("sources.unavailable")));
            return;
        }
        List<Node> parts = new ArrayList<>();
        parts.add(text(t.get("sources.label") + " "));
        for (int i = 0; i < sources.size(); i++) {
            if (i > 0) {
                parts.add(text("; "));
            }
            parts.add(part(sources.get(i)));
        }
        getChildren().setAll(parts);
        setAccessibleText(plainText());
    }

    /** The sources shown, in order. */
    public List<Source> sources() {
        return sources;
    }

    /** The line as plain text, e.g. for screen readers. */
    public String plainText() {
        List<String> titles = new ArrayList<>();
        sources.forEach(s -> titles.add(s.title()));
        return t.get("sources.label") + " " + String.join("; ", titles);
    }

    private static Node part(Source s) {
        Tooltip tip = new Tooltip(s.fullCitation() + (s.hasLink() ? "\n" + s.link() : ""));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        if (!s.hasLink()) {
            Text title = OwnLanguage.mark(text(s.title()));
            Tooltip.install(title, tip);
            return title;
        }
        Hyperlink link = OwnLanguage.mark(new Hyperlink(s.title()));
        link.getStyleClass().add("source-link");
        link.setTooltip(tip);
        link.setAccessibleHelp(s.fullCitation());
        link.setOnAction(e -> link.fireEvent(new OpenLinkEvent(s.link())));
        return link;
    }

    private static Text text(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("source-text");
        return t;
    }
}
