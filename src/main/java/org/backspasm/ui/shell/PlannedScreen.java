package org.backspasm.ui.shell;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;

/** A screen whose feature is still being built: it says plainly what it will hold, and shows no made-up data. */
public final class PlannedScreen implements Screen {
    private final ScreenId id;
    private final VBox view = new VBox();

    public PlannedScreen(ScreenId id, String summary, List<String> willHold) {
        this.id = id;
        view.getStyleClass().add("page");
        Label title = new Label(id.label());
        title.getStyleClass().add("title");
        Label lead = new Label(summary);
        lead.setWrapText(true);
        lead.getStyleClass().add("lead");
        VBox card = new VBox();
        card.getStyleClass().add("card");
        Label heading = new Label("This screen is being built. It will hold:");
        heading.getStyleClass().add("subtitle");
        card.getChildren().add(heading);
        for (String item : willHold) {
            Label l = new Label("• " + item);
            l.setWrapText(true);
            card.getChildren().add(l);
        }
        view.getChildren().addAll(title, lead, card);
    }

    @Override
    public ScreenId id() {
        return id;
    }

    @Override
    public Node view() {
        return view;
    }
}
