package org.backspasm.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.backspasm.ui.text.OwnLanguage;

/**
 * Every text a user can see or hear read out in the windows that are showing, with where it is. What is collected
 * (and nothing else is shown to a user by JavaFX):
 * <ul>
 * <li>each window's title;</li>
 * <li>the text of every visible {@link Labeled} (labels, buttons, check boxes, radio buttons, hyperlinks, titled
 * panes, list cells), unless it shows its graphic only;</li>
 * <li>every visible {@link Text} that is not the inside of a labeled or a text field (text flows, chart axes);</li>
 * <li>the prompt text of text fields and areas, and the text of one that cannot be edited (a text field's own text
 * that the user can edit is user data);</li>
 * <li>the tooltip of every visible node (a control's, or one installed on any node);</li>
 * <li>the accessible text and help that screen readers read out;</li>
 * <li>the items of choice boxes and combo boxes as the list shows them (through the box's cell factory or
 * converter), and the items of menu buttons and context menus, sub-menus included.</li>
 * </ul>
 * Popup windows (an open list, a tooltip, a context menu) are windows too and are walked the same way. A node
 * marked with {@link OwnLanguage} is skipped with everything inside it.
 */
public final class TextScan {
    /** Where JavaFX keeps a tooltip installed with {@code Tooltip.install} on a node that is not a control. */
    private static final String INSTALLED_TOOLTIP = "javafx.scene.control.Tooltip";

    /** One text on screen: what it says, what kind of text it is, and the path of nodes to it. */
    public record Found(String text, String kind, String where, String madeBy) {
    }

    private final List<Found> found = new ArrayList<>();

    private TextScan() {
    }

    /** Every text in every showing window. Call on the FX thread. */
    public static List<Found> showingWindows() {
        TextScan scan = new TextScan();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (!w.isShowing()) {
                continue;
            }
            if (w instanceof Stage s) {
                scan.add(s.getTitle(), "window title", "window", "");
            }
            Scene scene = w.getScene();
            if (scene != null && scene.getRoot() != null) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                scan.visit(scene.getRoot());
            }
        }
        return scan.found;
    }

    private void add(String text, String kind, String where) {
        add(text, kind, where, madeBy);
    }

    private void add(String text, String kind, String where, String by) {
        if (text != null && !text.isBlank()) {
            found.add(new Found(text, kind, where, by));
        }
    }

    /** The app's own class nearest above the node being read ("ui/companion/DayPlanCard"), or "". */
    private String madeBy = "";

    private void visit(Node n) {
        if (!n.isVisible() || OwnLanguage.marked(n)) {
            return;
        }
        String where = NodePath.of(n);
        if (n instanceof Labeled l && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            add(l.getText(), "label", where);
        }
        if (n instanceof Text t && !insideControlSkin(t)) {
            add(t.getText(), "text", where);
        }
        if (n instanceof TextInputControl field) {
            add(field.getPromptText(), "prompt", where);
            if (!field.isEditable()) {
                add(field.getText(), "read-only field", where);
            }
        }
        Tooltip tip = n instanceof Control c && c.getTooltip() != null ? c.getTooltip()
                : n.getProperties().get(INSTALLED_TOOLTIP) instanceof Tooltip installed ? installed : null;
        if (tip != null) {
            add(tip.getText(), "tooltip", where);
        }
        add(n.getAccessibleText(), "accessible text", where);
        add(n.getAccessibleHelp(), "accessible help", where);
        if (n instanceof ChoiceBox<?> box) {
            choiceItems(box, where);
        }
        if (n instanceof ComboBox<?> box) {
            comboItems(box, where);
        }
        if (n instanceof MenuButton menu) {
            menuItems(menu.getItems(), where);
        }
        if (n instanceof Control c && c.getContextMenu() != null) {
            menuItems(c.getContextMenu().getItems(), where);
        }
        if (n instanceof Parent p) {
            String outer = madeBy;
            String name = n.getClass().getName();
            if (name.startsWith("org.backspasm.")) {
                madeBy = name.substring("org.backspasm.".length()).replace('.', '/').replaceFirst("\\$.*", "");
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child);
            }
            madeBy = outer;
        }
    }

    /** A labeled's own text node, or the text inside a text field: read through the control itself. */
    private static boolean insideControlSkin(Text t) {
        Node child = t;
        for (Node p = t.getParent(); p != null; child = p, p = p.getParent()) {
            if (p instanceof TextInputControl || (p instanceof Labeled l && l.getGraphic() != child)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void choiceItems(ChoiceBox box, String where) {
        StringConverter converter = box.getConverter();
        for (Object item : box.getItems()) {
            add(converter != null ? converter.toString(item) : String.valueOf(item), "choice item", where);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void comboItems(ComboBox box, String where) {
        ObservableList items = box.getItems();
        if (box.getCellFactory() == null) {
            StringConverter converter = box.getConverter();
            for (Object item : items) {
                add(converter != null ? converter.toString(item) : String.valueOf(item), "list item", where);
            }
            return;
        }
        ListView list = new ListView(items);
        for (int i = 0; i < items.size(); i++) {
            ListCell cell = (ListCell) box.getCellFactory().call(list);
            cell.updateListView(list);
            cell.updateIndex(i);
            add(cell.getText(), "list item", where);
        }
    }

    private void menuItems(List<MenuItem> items, String where) {
        for (MenuItem item : items) {
            if (!item.isVisible()) {
                continue;
            }
            add(item.getText(), "menu item", where);
            if (item instanceof Menu sub) {
                menuItems(sub.getItems(), where);
            }
        }
    }

    /** A short readable path to a node: ids and style classes from the node up. */
    public static final class NodePath {
        private NodePath() {
        }

        public static String of(Node n) {
            StringBuilder path = new StringBuilder();
            for (Node p = n; p != null && path.length() < 160; p = p.getParent()) {
                path.append(path.length() == 0 ? "" : " < ").append(name(p));
                if (p == n && n.getParent() != null) { // the ids beside it tell where it is when it has none
                    n.getParent().getChildrenUnmodifiable().stream().filter(s -> s != n && s.getId() != null)
                            .limit(3).forEach(s -> path.append(" [beside #").append(s.getId()).append(']'));
                }
            }
            return path.toString();
        }

        private static String name(Node p) {
            return p.getId() != null ? "#" + p.getId()
                    : p.getStyleClass().isEmpty() ? p.getClass().getSimpleName() : "." + p.getStyleClass().get(0);
        }
    }
}
