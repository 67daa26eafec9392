package org.backspasm.ui.today;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backspasm.ui.Navigator;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.journal.PainLogCard;
import org.backspasm.core.journal.PainRating;
import java.util.function.Consumer;

/**
 * The start screen: the date, what features contribute (the episode clock, suggestions), quick ways into the three
 * main tools, and a pain rating.
 */
public final class TodayScreen implements Screen {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM");

    private final Clock clock;
    private final Navigator nav;
    private final VBox page = new VBox();
    private final ScrollPane view = new ScrollPane(page);
    private final Label greeting = new Label();
    private final VBox sections = new VBox();

    public TodayScreen(Clock clock, Navigator nav, Consumer<PainRating> painSink, List<Node> featureSections) {
        this.clock = clock;
        this.nav = nav;
        createView(painSink, featureSections);
    }

    private void createView(Consumer<PainRating> painSink, List<Node> featureSections) {
        page.getStyleClass().add("page");
        view.setFitToWidth(true);
        greeting.getStyleClass().add("title");
        greeting.setId("today-greeting");
        greeting.setWrapText(true);
        sections.setSpacing(16);
        sections.getChildren().addAll(featureSections);

        FlowPane tools = new FlowPane(12, 12);
        tools.getChildren().addAll(
                tool("Ice & heat timer", "Times each pack and the skin break after it, and alerts you when to take the pack off.",
                        ScreenId.THERAPY),
                tool("Stretches", "Gentle, illustrated, step by step, with clear signs of when to stop.", ScreenId.STRETCHES),
                tool("Warning signs", "A few questions that tell you when to call for help or see a doctor.",
                        ScreenId.WARNING_SIGNS));
        PainLogCard pain = new PainLogCard(clock, painSink);
        pain.setMaxWidth(760);
        page.getChildren().addAll(greeting, sections, tools, pain);
    }

    private Node tool(String title, String text, ScreenId target) {
        Label t = new Label(title);
        t.getStyleClass().add("subtitle");
        Label d = new Label(text);
        d.setWrapText(true);
        d.getStyleClass().add("muted");
        Button open = new Button("Open (" + nav.shortcutText(target) + ")");
        open.setOnAction(e -> nav.show(target));
        VBox card = new VBox(t, d, open);
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().addAll("card", "tool-card");
        card.setPrefWidth(240);
        card.setMinWidth(200);
        return card;
    }

    @Override
    public ScreenId id() {
        return ScreenId.TODAY;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        greeting.setText(partOfDay(LocalTime.now(clock)) + ". Today is " + DATE.format(clock.instant().atZone(clock.getZone())) + ".");
    }

    static String partOfDay(LocalTime t) {
        int h = t.getHour();
        if (h >= 5 && h < 12) {
            return "Good morning";
        }
        if (h >= 12 && h < 18) {
            return "Good afternoon";
        }
        if (h >= 18) {
            return "Good evening";
        }
        return "Hello";
    }
}
