package org.backspasm.ui.stretch.figure;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.StrokeLineCap;

/**
 * The shapes a {@link FigureView} is drawn with: rounded limbs, lines and the torso curve placed between skeleton
 * points (y up in pose space, so it is negated), and the accent arrows that show a pose's movement.
 */
final class FigureShapes {
    private FigureShapes() {
    }

    static Line limb(double width) {
        Line l = new Line();
        l.getStyleClass().add("figure-limb");
        l.setStrokeWidth(width);
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        return l;
    }

    static void set(QuadCurve c, Skeleton s) {
        c.setStartX(s.hip()[0]);
        c.setStartY(-s.hip()[1]);
        c.setControlX(s.spineControl()[0]);
        c.setControlY(-s.spineControl()[1]);
        c.setEndX(s.shoulder()[0]);
        c.setEndY(-s.shoulder()[1]);
    }

    static void set(Line l, double[] a, double[] b) {
        l.setStartX(a[0]);
        l.setStartY(-a[1]);
        l.setEndX(b[0]);
        l.setEndY(-b[1]);
    }

    static List<Node> arrows(Pose p) {
        List<Node> out = new ArrayList<>();
        if (p.arrows() == null) {
            return out;
        }
        for (Pose.Arrow a : p.arrows()) {
            double[] f = a.from();
            double[] t = a.to();
            double[] mid = {(f[0] + t[0]) / 2, (f[1] + t[1]) / 2};
            double dir = Math.toDegrees(Math.atan2(t[1] - f[1], t[0] - f[0]));
            double[] c = Skeleton.at(mid, dir + 90, 2 * a.curve());
            Path path = new Path(new javafx.scene.shape.MoveTo(f[0], -f[1]),
                    new javafx.scene.shape.QuadCurveTo(c[0], -c[1], t[0], -t[1]));
            path.getStyleClass().add("figure-arrow");
            path.setStrokeWidth(3.2);
            path.setStrokeLineCap(StrokeLineCap.ROUND);
            double end = Math.toDegrees(Math.atan2(t[1] - c[1], t[0] - c[0]));
            double[] l = Skeleton.at(t, end + 150, 7);
            double[] r = Skeleton.at(t, end - 150, 7);
            double[] tip = Skeleton.at(t, end, 1.5);
            Polygon head = new Polygon(tip[0], -tip[1], l[0], -l[1], r[0], -r[1]);
            head.getStyleClass().add("figure-arrow-head");
            out.add(path);
            out.add(head);
        }
        return out;
    }
}
