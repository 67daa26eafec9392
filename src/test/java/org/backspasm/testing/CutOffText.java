package org.backspasm.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;

/**
 * Finds text the user cannot read in full in a laid-out scene: a {@link Labeled} whose shown text (its skin's text
 * node) differs from its text, which is what JavaFX does when it cuts a line with "…"; a label that runs past the
 * right edge of the window (or of the scroll pane it is in: under its scroll bar) or above its top (a window too
 * low for its content pushes the header up); and any horizontal scroll bar that is showing.
 */
public final class CutOffText {
    private CutOffText() {
    }

    /** One line per problem, naming the text; empty when everything can be read. Call on the FX thread. */
    public static List<String> find(Scene scene) {
        Parent root = scene.getRoot();
        for (int pass = 0; pass < 3; pass++) { // as the next frames would: scroll panes size their content on a
            root.applyCss();                    // later pass, and a narrow window restyles the navigation
            root.layout();
        }
        List<String> problems = new ArrayList<>();
        visit(root, scene.getWidth(), problems);
        if (!problems.isEmpty()) {
            tooWide(root, scene.getWidth(), problems);
        }
        return problems;
    }

    /**
     * Why something runs past the right edge: the innermost parts that cannot be made narrower than the room left
     * to them (a row that does not wrap, a label that keeps its whole width), named so they can be fixed.
     */
    private static boolean tooWide(Node n, double sceneWidth, List<String> problems) {
        if (!n.isVisible() || !n.isManaged() && !(n instanceof Parent)) {
            return false;
        }
        boolean inner = false;
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                inner |= tooWide(child, sceneWidth, problems);
            }
        }
        if (inner || !(n instanceof javafx.scene.layout.Region r) || r instanceof ScrollBar) {
            return inner;
        }
        double left = r.localToScene(0, 0).getX();
        double min = r.minWidth(-1);
        if (left >= 0 && left + min > Math.min(sceneWidth, visibleRight(r)) + 1) {
            problems.add("too wide to fit: " + describe(r) + " needs at least " + Math.round(min) + " px from x="
                    + Math.round(left) + "; its minimum width comes from " + minimumChain(r));
            return true;
        }
        return false;
    }

    /** The parts, from the outside in, that each have the largest minimum width of their parent's parts. */
    private static String minimumChain(Parent p) {
        StringBuilder chain = new StringBuilder();
        Node at = p;
        for (int depth = 0; depth < 12 && at instanceof Parent parent; depth++) {
            Node widest = null;
            for (Node c : parent.getChildrenUnmodifiable()) {
                if (c.isManaged() && c.isVisible() && (widest == null || c.minWidth(-1) > widest.minWidth(-1))) {
                    widest = c;
                }
            }
            if (widest == null) {
                break;
            }
            chain.append(chain.length() == 0 ? "" : " > ").append(name(widest))
                    .append(widest instanceof Labeled l ? " \"" + l.getText() + "\"" : "")
                    .append(" (").append(Math.round(widest.minWidth(-1))).append(" px)");
            at = widest;
        }
        return chain.toString();
    }

    private static void visit(Node n, double sceneWidth, List<String> problems) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            check(l, sceneWidth, problems);
        }
        if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.getWidth() > 0) {
            problems.add("a horizontal scroll bar shows in " + describe(bar.getParent()));
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, sceneWidth, problems);
            }
        }
    }

    private static void check(Labeled l, double sceneWidth, List<String> problems) {
        String text = l.getText();
        if (text == null || text.isBlank() || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY || l.getWidth() <= 0) {
            return;
        }
        String shown = shownText(l);
        if (shown != null && !shown.equals(text) && !(l.isMnemonicParsing() && shown.equals(text.replace("_", "")))) {
            problems.add("cut off: \"" + text + "\" shows as \"" + shown + "\" (" + describe(l) + ")");
        }
        Bounds b = l.localToScene(l.getLayoutBounds());
        if (b.getMinY() < -1) {
            problems.add("above the top edge (" + Math.round(b.getMinY()) + "): \"" + text + "\" (" + describe(l) + ")");
        }
        double right = Math.min(sceneWidth, visibleRight(l));
        if (b.getMaxX() > right + 1) {
            problems.add("past the right edge (" + Math.round(b.getMaxX()) + " > " + Math.round(right) + "): \""
                    + text + "\" (" + describe(l) + ")");
        }
    }

    /**
     * Where what the node is in stops showing on the right: the edge of the scroll pane's viewport it is in (left of
     * the vertical scroll bar), else no limit.
     */
    private static double visibleRight(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("viewport") && p.getParent() instanceof javafx.scene.control.ScrollPane) {
                return p.localToScene(p.getLayoutBounds()).getMaxX();
            }
        }
        return Double.MAX_VALUE;
    }

    /** The text the skin draws: the labeled's own text node, not a Text used as its graphic. */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child != l.getGraphic()) {
                return t.getText();
            }
        }
        return null;
    }

    private static String name(Node p) {
        return p.getId() != null ? "#" + p.getId()
                : p.getStyleClass().isEmpty() ? p.getClass().getSimpleName() : "." + p.getStyleClass().get(0);
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node p = n; p != null && path.length() < 160; p = p.getParent()) {
            path.append(path.length() == 0 ? "" : " < ").append(name(p));
        }
        return path.toString();
    }
}
