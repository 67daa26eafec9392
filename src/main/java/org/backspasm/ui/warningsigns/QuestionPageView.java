package org.backspasm.ui.warningsigns;

import org.backspasm.ui.text.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backspasm.ui.Focus;
import org.backspasm.core.warningsigns.CheckPage;
import org.backspasm.core.warningsigns.EmergencyText;
import org.backspasm.core.warningsigns.WarningSign;
import org.backspasm.ui.settings.NumberReminder;
import org.backspasm.ui.source.SourceLines;

/**
 * One page of questions. The emergency page opens with the emergency number, so it is there before any answer.
 * Back and Next (or "See my result") at the foot; Next waits until every question on the page has an answer.
 */
final class QuestionPageView extends VBox {
    private final CheckPage page;
    private final WarningSignsModel model;
    private final List<QuestionRow> rows = new ArrayList<>();
    private EmergencyBanner banner;
    private final Button back = new Button();
    private final Button next = new Button();
    private final SourceLines sources;
    private final Label hint = new Label();

    private final Texts t;

    QuestionPageView(CheckPage page, WarningSignsModel model, SourceLines sources, Texts t) {
        this.t = t;
        back.setText(t.get("page.back"));
        hint.setText(t.get("page.hint"));
        this.page = page;
        this.model = model;
        this.sources = sources;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().addAll("card", "question-page");
        setId(page.isEmergencyPage() ? "emergency-questions" : "questions-" + (page.index() + 1));
        if (page.isEmergencyPage()) {
            getChildren().add(banner());
        }
        Label step = new Label(t.get("page.step", page.index() + 1, model.pages().size()));
        step.getStyleClass().addAll("muted", "small");
        Label title = new Label(page.title(t.locale()));
        title.getStyleClass().add("subtitle");
        title.setWrapText(true);
        Label lead = new Label(page.instructions(t.locale()));
        lead.setWrapText(true);
        lead.getStyleClass().add("muted");
        getChildren().addAll(step, title, lead);
        for (WarningSign s : page.questions()) {
            QuestionRow row = new QuestionRow(s, model, sources, t);
            rows.add(row);
            getChildren().add(row);
        }
        back.setId("check-back");
        next.setId("check-next");
        next.getStyleClass().add("primary");
        next.setText(model.pages().size() == page.index() + 1 ? t.get("page.seeResult") : t.get("page.next"));
        next.setDefaultButton(false);
        hint.getStyleClass().addAll("muted", "small");
        hint.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        back.setMinWidth(Region.USE_PREF_SIZE); // the hint wraps; the buttons keep their words
        next.setMinWidth(Region.USE_PREF_SIZE);
        HBox nav = new HBox(10, back, hint, spacer, next);
        nav.getStyleClass().add("check-nav");
        nav.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.SOMETIMES);
        hint.setMinWidth(0);
        hint.managedProperty().bind(hint.visibleProperty()); // once hidden it leaves its room to the buttons
        back.setMinWidth(USE_PREF_SIZE); // "Back" and "See my result" are never cut to "…"
        next.setMinWidth(USE_PREF_SIZE);
        getChildren().add(nav);
        back.setVisible(page.index() > 0);
    }

    private EmergencyBanner banner() {
        if (banner == null) {
            banner = new EmergencyBanner(EmergencyText.Lead.BEFORE_THE_QUESTIONS, model.emergencyNumberProperty(),
                    model.numberReminderProperty(), t.locale());
        }
        return banner;
    }

    private void init() {
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        next.disableProperty().bind(model.pageCompleteProperty().not());
        hint.visibleProperty().bind(model.pageCompleteProperty().not());
        model.assessmentProperty().addListener((o, a, now) -> refresh());
        model.emergencyNumberProperty().addListener((o, a, now) -> refresh());
        model.numberReminderProperty().addListener((o, a, now) -> refresh());
        refresh();
    }

    void refresh() {
        for (QuestionRow r : rows) {
            r.show(model.assessment(), model.emergencyNumberProperty().get(), model.numberReminderProperty().get(),
                    model.episodeAge(t.locale()).orElse(""));
        }
    }

    /** Where keyboard focus goes when the page opens: the emergency number on the first page, else the first answer. */
    void focusStart() {
        if (page.isEmergencyPage()) {
            Focus.request(banner().number());
        } else if (!rows.isEmpty()) {
            Focus.request(rows.get(0).firstAnswer());
        }
    }
}
