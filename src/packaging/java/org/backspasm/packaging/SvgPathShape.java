package org.backspasm.packaging;

import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SVG path data (M, L, H, V, C, A, Z, absolute and relative) into a Java2D shape, so the desktop icons can
 * be drawn at package time from the same path as the window icon without starting JavaFX. Packaging tool only.
 */
final class SvgPathShape {
    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcAaZz]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private final List<String> tokens = new ArrayList<>();
    private int at;
    private double x;
    private double y;
    private double startX;
    private double startY;

    private SvgPathShape(String data) {
        Matcher m = TOKEN.matcher(data);
        while (m.find()) {
            tokens.add(m.group());
        }
    }

    static Path2D parse(String data, boolean evenOdd) {
        Path2D.Double path = new Path2D.Double(evenOdd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        new SvgPathShape(data).draw(path);
        return path;
    }

    private void draw(Path2D.Double p) {
        char command = 0;
        while (at < tokens.size()) {
            String t = tokens.get(at);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                at++;
            } else if (command == 0 || command == 'z' || command == 'Z') {
                throw new IllegalArgumentException("a number without a command at token " + at);
            }
            boolean rel = Character.isLowerCase(command);
            double ox = rel ? x : 0;
            double oy = rel ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = ox + num();
                    y = oy + num();
                    p.moveTo(x, y);
                    startX = x;
                    startY = y;
                    command = rel ? 'l' : 'L'; // further pairs after a move are lines
                }
                case 'L' -> {
                    x = ox + num();
                    y = oy + num();
                    p.lineTo(x, y);
                }
                case 'H' -> {
                    x = ox + num();
                    p.lineTo(x, y);
                }
                case 'V' -> {
                    y = oy + num();
                    p.lineTo(x, y);
                }
                case 'C' -> {
                    double x1 = ox + num();
                    double y1 = oy + num();
                    double x2 = ox + num();
                    double y2 = oy + num();
                    x = ox + num();
                    y = oy + num();
                    p.curveTo(x1, y1, x2, y2, x, y);
                }
                case 'A' -> {
                    double rx = num();
                    double ry = num();
                    double rotation = num();
                    boolean large = num() != 0;
                    boolean sweep = num() != 0;
                    double ex = ox + num();
                    double ey = oy + num();
                    arc(p, rx, ry, rotation, large, sweep, ex, ey);
                    x = ex;
                    y = ey;
                }
                case 'Z' -> {
                    p.closePath();
                    x = startX;
                    y = startY;
                }
                default -> throw new IllegalArgumentException("unsupported path command " + command);
            }
        }
    }

    private double num() {
        return Double.parseDouble(tokens.get(at++));
    }

    /** An elliptical arc from the current point, by the SVG specification's endpoint-to-centre conversion. */
    private void arc(Path2D.Double p, double rx, double ry, double rotationDeg, boolean large, boolean sweep,
            double ex, double ey) {
        if (rx == 0 || ry == 0) {
            p.lineTo(ex, ey);
            return;
        }
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        double phi = Math.toRadians(rotationDeg);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x - ex) / 2;
        double dy = (y - ey) / 2;
        double x1 = cos * dx + sin * dy;
        double y1 = -sin * dx + cos * dy;
        double lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        double k = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cx1 = k * rx * y1 / ry;
        double cy1 = -k * ry * x1 / rx;
        double cx = cos * cx1 - sin * cy1 + (x + ex) / 2;
        double cy = sin * cx1 + cos * cy1 + (y + ey) / 2;
        double start = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
        double extent = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
        if (!sweep && extent > 0) {
            extent -= 2 * Math.PI;
        } else if (sweep && extent < 0) {
            extent += 2 * Math.PI;
        }
        // Arc2D angles run counter-clockwise in a y-up sense; SVG's run clockwise on screen: negate them
        Arc2D.Double a = new Arc2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry, -Math.toDegrees(start),
                -Math.toDegrees(extent), Arc2D.OPEN);
        AffineTransform rotate = AffineTransform.getRotateInstance(phi, cx, cy);
        p.append(rotate.createTransformedShape(a).getPathIterator(null), true);
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }
}
