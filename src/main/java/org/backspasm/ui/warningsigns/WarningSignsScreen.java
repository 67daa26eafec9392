package org.backspasm.ui.warningsigns;

import org.backspasm.core.state.FileProblem;
import org.backspasm.ui.text.Lang;
import org.backspasm.ui.text.Texts;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.backspasm.core.journal.WarningSignCheckRecord;
import org.backspasm.core.warningsigns.Level;
import org.backspasm.ui.EmergencyPage;
import org.backspasm.ui.FileOpener;
import org.backspasm.ui.Screen;
import org.backspasm.ui.ScreenId;
import org.backspasm.ui.source.SourceLines;
import org.backspasm.ui.theme.ThemeManager;

/**
 * The warning-sign check: the emergency questions first (with the emergency number), then the urgent ones, then the
 * rest, page by page; the result for the highest level reached; and the checks done so far.
 */
public final class WarningSignsScreen implements Screen, EmergencyPage {
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final WarningSignsModel model;
    private final ZoneId zone;
    private final FileOpener opener;
    private final VBox page = new VBox();
    private final ScrollPane view = new ScrollPane(page);
    private final StackPane checkArea = new StackPane();
    private final Map<Integer, QuestionPageView> pageViews = new HashMap<>();
    private final CheckHistoryCard history;
    private final Label lead = new Label();
    private final SourceLines sources;
    private ResultView result;

    private final Texts t;

    public WarningSignsScreen(WarningSignsModel model, ZoneId zone, SourceLines sources, FileOpener opener,
            Lang lang) {
        this.t = lang.texts("warningsigns");
        this.model = model;
        this.zone = zone;
        this.sources = sources;
        this.opener = opener;
        this.history = new CheckHistoryCard(model, zone, this::printLatest, t);
        createView();
        init();
    }

    private void createView() {
        view.setFitToWidth(true);
        view.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        view.getStyleClass().add("warning-signs");
        view.getStylesheets().add(ThemeManager.stylesheet(WarningSignsScreen.class, "warning-signs.css"));
        page.getStyleClass().add("page");
        Label title = new Label(t.get("title"));
        title.getStyleClass().add("title");
        lead.setText(t.get("lead"));
        lead.setWrapText(true);
        lead.getStyleClass().add("muted");
        checkArea.getStyleClass().add("check-area");
        page.getChildren().addAll(title, lead, checkArea, history);
    }

    private void init() {
        model.stageProperty().addListener((o, a, s) -> showCurrent(true));
        model.pageIndexProperty().addListener((o, a, i) -> showCurrent(true));
        javafx.beans.InvalidationListener numberChanged = o -> {
            if (model.stageProperty().get() == WarningSignsModel.CheckStage.RESULT) {
                showCurrent(false);
            }
        };
        model.emergencyNumberProperty().addListener(numberChanged);
        model.numberReminderProperty().addListener(numberChanged);
        showCurrent(false);
    }

    private void showCurrent(boolean focus) {
        boolean emergencyResult = false;
        if (model.stageProperty().get() == WarningSignsModel.CheckStage.RESULT) {
            result = new ResultView(model.assessment(), model.emergencyNumberProperty().get(),
                    model.numberReminderProperty().get(),
                    model::back, model::startNew, this::printLatest, sources, t);
            checkArea.getChildren().setAll(result);
            emergencyResult = model.level() == Level.EMERGENCY;
            if (focus) {
                result.focusHeading();
            }
        } else {
            result = null;
            QuestionPageView pv = pageViews.computeIfAbsent(model.pageIndexProperty().get(),
                    i -> new QuestionPageView(model.pages().get(i), model, sources, t));
            pv.refresh();
            checkArea.getChildren().setAll(pv);
            if (focus) {
                pv.focusStart();
            }
        }
        history.setPrintShown(result == null);
        lead.setVisible(!emergencyResult); // nothing above the emergency result but the title
        lead.setManaged(!emergencyResult);
        history.setVisible(!emergencyResult);
        history.setManaged(!emergencyResult);
        view.setVvalue(0);
    }

    @Override
    public void openEmergencyPage() {
        model.openEmergencyPage();
        showCurrent(true);
    }

    private void printLatest() {
        Optional<WarningSignCheckRecord> latest = model.latestRecord();
        if (latest.isEmpty() || view.getScene() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("save.chooserTitle"));
        chooser.setInitialFileName(t.get("save.fileName", FILE_DATE.format(latest.get().at().atZone(zone))));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("save.fileType"), "*.html"));
        File home = new File(System.getProperty("user.home", "."));
        File documents = new File(home, "Documents");
        chooser.setInitialDirectory(documents.isDirectory() ? documents : home.isDirectory() ? home : null);
        File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file != null) {
            saveReport(latest.get(), file.toPath());
        }
    }

    /** Writes the summary and offers to open it (the printing is done from the browser). */
    void saveReport(WarningSignCheckRecord record, Path file) {
        try {
            model.saveReport(record, file);
            history.saved(t.get("save.saved", file.getFileName().toString(),
                    String.valueOf(file.toAbsolutePath().getParent())), () -> opener.open(file));
        } catch (IOException e) {
            history.saved(t.get("save.failed", FileProblem.text(e, t.locale())), null);
        }
    }

    WarningSignsModel model() {
        return model;
    }

    @Override
    public ScreenId id() {
        return ScreenId.WARNING_SIGNS;
    }

    @Override
    public Node view() {
        return view;
    }
}
