package org.backspasm.ui.warningsigns;

import org.backspasm.ui.layout.WrapRow;
import org.backspasm.ui.text.Texts;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.ui.Focus;
import org.backspasm.core.warningsigns.Assessment;
import org.backspasm.core.warningsigns.Finding;
import org.backspasm.core.warningsigns.Level;
import org.backspasm.core.warningsigns.ResultText;
import org.backspasm.core.warningsigns.ResultWording;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.source.SourcesLine;

/**
 * The result of a check: what to do, how soon, and the signs that led there in the user's words. The emergency
 * result shows the number very large, carries the {@code :emergency} pseudo-class (danger colours in every theme)
 * and takes keyboard and screen-reader focus on its heading.
 */
final class ResultView extends VBox {
    private final Label heading = new Label();

    ResultView(Assessment assessment, String emergencyNumber, String numberReminder, Runnable back, Runnable startNew,
            Runnable print, SourceLines sources, Texts t) {
        Level level = assessment.level();
        Locale locale = t.locale();
        ResultText text = ResultWording.forLevel(level, emergencyNumber, numberReminder, locale);
        getStyleClass().addAll("card", "result");
        for (Level l : Level.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(l.name().toLowerCase(Locale.ROOT)), l == level);
        }
        setId("result-" + level.name().toLowerCase(Locale.ROOT));

        if (level == Level.EMERGENCY) {
            Label kicker = new Label(t.get("result.kicker"));
            kicker.getStyleClass().add("result-kicker");
            getChildren().add(kicker);
        }
        heading.setText(text.heading());
        heading.setWrapText(true);
        heading.getStyleClass().add(level == Level.EMERGENCY ? "emergency-number" : "result-heading");
        heading.setId(level == Level.EMERGENCY ? "emergency-number" : "result-heading");
        heading.setFocusTraversable(true);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        heading.setAccessibleText(text.heading() + ". " + String.join(" ", text.steps()));
        heading.setMinHeight(USE_PREF_SIZE);
        getChildren().add(heading);

        VBox steps = new VBox();
        steps.getStyleClass().add("result-steps");
        for (String s : text.steps()) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.setMinHeight(USE_PREF_SIZE);
            l.getStyleClass().add("result-step");
            steps.getChildren().add(l);
        }
        getChildren().add(steps);

        List<Finding> findings = assessment.findings();
        if (!findings.isEmpty()) {
            Label intro = new Label(text.signsIntro());
            intro.getStyleClass().add("result-signs-title");
            VBox signs = new VBox();
            signs.getStyleClass().add("result-signs");
            signs.setId("result-signs");
            for (Finding f : findings) {
                String line = f.level() != level
                        ? t.get("result.signAtLevel", f.text(locale), ResultWording.shortName(f.level(), locale)
                                .toLowerCase(locale))
                        : t.get("result.sign", f.text(locale));
                Label l = new Label(line);
                l.setWrapText(true);
                l.setMinHeight(USE_PREF_SIZE);
                l.getStyleClass().add("result-sign");
                signs.getChildren().add(l);
                if (!f.sign().resultNote().isEmpty()) {
                    Label note = new Label(t.get("result.note", f.sign().resultNote(locale)));
                    note.setWrapText(true);
                    note.getStyleClass().addAll("result-sign", "small");
                    signs.getChildren().add(note);
                }
            }
            getChildren().addAll(intro, signs);
        }
        SourcesLine line = sources.line(sourcesWith(text.sources(), findings.stream().map(f -> f.sign().sources()).toList()));
        line.setId("result-sources");
        getChildren().add(line);

        Button backButton = new Button(t.get("result.back"));
        backButton.setId("result-back");
        backButton.setOnAction(e -> back.run());
        Button again = new Button(t.get("result.again"));
        again.setId("result-new");
        again.setOnAction(e -> startNew.run());
        WrapRow actions = new WrapRow(10, 10);
        actions.setMaxWidth(Double.MAX_VALUE);
        actions.getStyleClass().add("result-actions");
        if (level != Level.EMERGENCY) {
            Button printButton = new Button(t.get("result.print"));
            printButton.setId("result-print");
            printButton.getStyleClass().add("primary");
            printButton.setOnAction(e -> print.run());
            actions.add(printButton);
        }
        actions.add(again);
        actions.add(backButton);
        getChildren().add(actions);
    }

    void focusHeading() {
        Focus.request(heading);
    }

    Label heading() {
        return heading;
    }

    /** The result's own sources, followed by the sources of each sign reported, each id once. */
    static List<String> sourcesWith(List<String> resultSources, List<List<String>> signSources) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(resultSources);
        signSources.forEach(ids::addAll);
        return List.copyOf(ids);
    }
}
