package org.backspasm.ui.stretch;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.content.ContentProblemView;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.text.Texts;
import org.backspasm.ui.theme.ThemeManager;

/**
 * The Stretches screen: the routine list, the caution question, the player and the stop-for-pain page, one at a
 * time as the model's page says. Keys while playing: Space pause/resume, Left/Right previous/next, S skip stretch.
 */
public final class StretchScreen implements Screen {
    private final StretchModel model;
    private final StackPane view = new StackPane();
    private RoutinePane routines;
    private CautionsPane cautions;
    private InjuryPane injury;
    private PlayerPane player;
    private Node playerView; // the player in a scroll pane, for a small window or large text
    private PainPane pain;
    private final SourceLines sources;
    private final Texts t;

    public StretchScreen(StretchModel model, SourceLines sources) {
        this.model = model;
        this.sources = sources;
        this.t = model.lang().texts(org.backspasm.core.stretch.PhaseText.BUNDLE);
        createView();
        init();
    }

    private void createView() {
        view.getStylesheets().add(ThemeManager.stylesheet(StretchScreen.class, "stretch.css"));
        view.getStyleClass().add("stretch-screen");
        view.setId("stretch-screen");
        if (!model.library().ok()) {
            Label title = new Label(t.get("screen.title"));
            title.getStyleClass().add("title");
            ContentProblemView problem = new ContentProblemView(t.get("problem.plain"), model.library().problem(),
                    model.lang());
            VBox page = new VBox(title, problem);
            page.getStyleClass().add("page");
            view.getChildren().add(page);
            return;
        }
        routines = new RoutinePane(model, sources, t);
        cautions = new CautionsPane(model, sources, t);
        injury = new InjuryPane(model, sources, t);
        player = new PlayerPane(model, model.library().poses(), sources, t);
        playerView = org.backspasm.ui.layout.FillScroll.around(player);
        pain = new PainPane(model, sources, t);
        view.getChildren().setAll(routines);
    }

    private void init() {
        if (!model.library().ok()) {
            return;
        }
        model.pageProperty().addListener((o, a, m) -> showMode());
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        if (model.pageProperty().get() != StretchModel.Page.CHOOSE) {
            showMode(); // built again (a language change) while a page other than the list shows
        }
    }

    private void showMode() {
        Node page = switch (model.pageProperty().get()) {
            case CHOOSE, ERROR -> routines;
            case CAUTIONS -> cautions;
            case INJURY -> injury;
            case PLAYING -> player;
            case PAIN -> pain;
        };
        if (page == cautions) {
            cautions.refresh();
        }
        if (page == pain) {
            pain.refresh();
        }
        if (page == player) {
            player.reset();
            player.show();
        } else {
            player.hidden();
        }
        view.getChildren().setAll(page == player ? playerView : page);
        if (page == routines) {
            routines.focusStart();
        } else {
            page.requestFocus();
        }
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (model.pageProperty().get() == StretchModel.Page.CHOOSE && (k == KeyCode.LEFT || k == KeyCode.RIGHT)) {
            model.routines().chooseNext(k == KeyCode.RIGHT ? 1 : -1);
            routines.focusStart();
            e.consume();
            return;
        }
        if (model.pageProperty().get() != StretchModel.Page.PLAYING) {
            return;
        }
        if (k == KeyCode.SPACE) {
            model.togglePause();
        } else if (k == KeyCode.LEFT) {
            model.previous();
        } else if (k == KeyCode.RIGHT) {
            model.next();
        } else if (k == KeyCode.S) {
            model.skipStretch();
        } else if (k == KeyCode.H) {
            model.stopForPain();
        } else if (k == KeyCode.W) {
            player.toggleWhy();
        } else {
            return;
        }
        e.consume();
    }

    public StretchModel model() {
        return model;
    }

    @Override
    public ScreenId id() {
        return ScreenId.STRETCHES;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void shown() {
        if (routines != null && model.pageProperty().get() == StretchModel.Page.CHOOSE) {
            routines.focusStart();
        }
        if (model.pageProperty().get() == StretchModel.Page.PLAYING) {
            player.show();
            player.requestFocus();
        }
    }

    @Override
    public void hidden() {
        model.hidden();
        if (player != null) {
            player.hidden();
        }
    }

    /** The player's picture (tests check that it stops moving when the screen is hidden). */
    public org.backspasm.ui.stretch.figure.FigureView figure() {
        return player == null ? null : player.figure();
    }
}
