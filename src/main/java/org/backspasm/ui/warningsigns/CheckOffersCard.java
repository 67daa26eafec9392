package org.backspasm.ui.warningsigns;

import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backspasm.core.warningsigns.Offer;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.source.SourcesLine;
import org.backspasm.ui.theme.ThemeManager;

/**
 * The Today screen's suggestion to do the warning-sign check, shown only when the journal gives a reason (an episode
 * over a week old, onset over 12 weeks ago, a pain rating of 8 or more, a stretch stopped for pain). Each reason says
 * why it appears and can be put away for the day. Hidden when there is nothing to offer.
 */
public final class CheckOffersCard extends VBox {
    private final CheckOffersModel model;
    private final Navigator nav;
    private final VBox rows = new VBox();
    private final SourceLines sources;

    private final Texts t;

    public CheckOffersCard(CheckOffersModel model, Navigator nav, SourceLines sources, Lang lang) {
        this.t = lang.texts("warningsigns");
        this.model = model;
        this.sources = sources;
        this.nav = nav;
        createView();
        lang.localeProperty().addListener((o, a, l) -> { // a Today card lives on: it writes itself again
            getChildren().clear();
            createView();
            showRows();
        });
        visibleProperty().bind(model.anyProperty());
        managedProperty().bind(model.anyProperty());
        model.offers().addListener((ListChangeListener<Offer>) c -> showRows());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.refresh(); // the Today screen was shown again
            }
        });
        showRows();
    }

    private void createView() {
        getStyleClass().setAll("card", "check-offers");
        getStylesheets().setAll(ThemeManager.stylesheet(CheckOffersCard.class, "warning-signs.css"));
        setId("check-offers");
        setMaxWidth(760);
        Label title = new Label(t.get("offers.title"));
        title.getStyleClass().add("subtitle");
        rows.setSpacing(10);
        Button start = new Button(t.get("offers.start", nav.shortcutText(ScreenId.WARNING_SIGNS)));
        start.getStyleClass().add("primary");
        start.setId("offer-start");
        start.setWrapText(true); // in a narrow window with large text it takes two lines, never "…"
        start.setMinHeight(Region.USE_PREF_SIZE);
        start.setOnAction(e -> nav.show(ScreenId.WARNING_SIGNS));
        getChildren().addAll(title, rows, start);
    }

    private void showRows() {
        rows.getChildren().setAll(model.offers().stream().map(this::row).toList());
    }

    private VBox row(Offer o) {
        Label reason = new Label(o.reason());
        reason.setWrapText(true);
        reason.setMinHeight(USE_PREF_SIZE);
        SourcesLine sources = this.sources.line(o.sources());
        Button later = new Button(t.get("offers.later"));
        later.setId("offer-dismiss-" + o.id());
        later.setAccessibleText(t.get("offers.laterAccessible"));
        later.setOnAction(e -> model.dismiss(o));
        later.setMinWidth(Region.USE_PREF_SIZE); // the sources beside it wrap; the button is never cut to "…"
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, later, spacer, sources);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(6, reason, actions);
        row.getStyleClass().add("offer");
        row.setId("offer-" + o.id());
        return row;
    }
}
