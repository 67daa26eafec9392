package org.backspasm.ui.today;

import java.time.Clock;
import java.time.LocalTime;
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
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;
import java.util.function.Consumer;

/**
 * The start screen: the date, what features contribute (the episode clock, suggestions), quick ways into the three
 * main tools, and a pain rating.
 */
public final class TodayScreen implements Screen {
    private final Clock clock;
    private final Navigator nav;
    private final VBox page = new VBox();
    private final ScrollPane view = new ScrollPane(page);
    private final Label greeting = new Label();
    private final VBox sections = new VBox();
    private final Lang lang;
    private final Texts t;

    public TodayScreen(Clock clock, Navigator nav, Consumer<PainRating> painSink, List<Node> featureSections,
            Lang lang) {
        this(clock, nav, painSink, featureSections, lang, null);
    }

    /**
     * @param somethingNew "Something new?" beside the pain rating: offers the warning-sign check again (the offer
     *                     shows with the cards at the top, so the page goes back there); null for no button
     */
    public TodayScreen(Clock clock, Navigator nav, Consumer<PainRating> painSink, List<Node> featureSections,
            Lang lang, Runnable somethingNew) {
        this.clock = clock;
        this.nav = nav;
        this.lang = lang;
        this.t = lang.texts("today");
        createView(painSink, featureSections, somethingNew == null ? null : () -> {
            somethingNew.run();
            view.setVvalue(0);
        });
    }

    private void createView(Consumer<PainRating> painSink, List<Node> featureSections, Runnable somethingNew) {
        page.getStyleClass().add("page");
        view.setFitToWidth(true);
        greeting.getStyleClass().add("title");
        greeting.setId("today-greeting");
        greeting.setWrapText(true);
        sections.setSpacing(16);
        sections.getChildren().addAll(featureSections);

        FlowPane tools = new FlowPane(12, 12);
        tools.getChildren().addAll(
                tool(t.get("tool.therapy.title"), t.get("tool.therapy.text"), ScreenId.THERAPY),
                tool(t.get("tool.stretches.title"), t.get("tool.stretches.text"), ScreenId.STRETCHES),
                tool(t.get("tool.warningSigns.title"), t.get("tool.warningSigns.text"), ScreenId.WARNING_SIGNS));
        PainLogCard pain = new PainLogCard(clock, painSink, lang, somethingNew);
        pain.setMaxWidth(760);
        page.getChildren().addAll(greeting, sections, tools, pain);
    }

    private Node tool(String title, String text, ScreenId target) {
        Label name = new Label(title);
        name.getStyleClass().add("subtitle");
        Label d = new Label(text);
        d.setWrapText(true);
        d.getStyleClass().add("muted");
        Button open = new Button(t.get("tool.open", nav.shortcutText(target)));
        open.setOnAction(e -> nav.show(target));
        VBox card = new VBox(name, d, open);
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
        String date = t.formats().longDate(clock.instant().atZone(clock.getZone()).toLocalDate());
        greeting.setText(t.get(partOfDay(LocalTime.now(clock)), date));
    }

    /** The greeting's key for the time of day. */
    static String partOfDay(LocalTime time) {
        int h = time.getHour();
        if (h >= 5 && h < 12) {
            return "greeting.morning";
        }
        if (h >= 12 && h < 18) {
            return "greeting.afternoon";
        }
        if (h >= 18) {
            return "greeting.evening";
        }
        return "greeting.night";
    }
}
