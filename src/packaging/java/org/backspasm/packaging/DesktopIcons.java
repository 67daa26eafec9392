package org.backspasm.packaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.backspasm.ui.shell.Icons;

/**
 * Packaging tool: draws the desktop icons from the window icon's source ({@link Icons#LOGO_PATH} in
 * {@link Icons#LOGO_COLOUR}) into OUT_DIR as {@code hicolor/NxN/apps/NAME.png} for the usual sizes, plus
 * {@code hicolor/scalable/apps/NAME.svg}. Usage: DesktopIcons OUT_DIR NAME. Not part of the shipped app.
 */
public final class DesktopIcons {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final double UNITS = 20.0; // the icon paths are drawn on a 20×20 grid

    private DesktopIcons() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String name = args[1];
        Path2D logo = SvgPathShape.parse(Icons.LOGO_PATH, true);
        for (int size : SIZES) {
            Path file = out.resolve("hicolor/" + size + "x" + size + "/apps/" + name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(draw(logo, size), "png", file.toFile());
        }
        Path svg = out.resolve("hicolor/scalable/apps/" + name + ".svg");
        Files.createDirectories(svg.getParent());
        Files.writeString(svg, String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 20\" width=\"256\" height=\"256\">"
                        + "<path fill=\"%s\" fill-rule=\"evenodd\" d=\"%s\"/></svg>%n",
                Icons.LOGO_COLOUR, Icons.LOGO_PATH));
        System.out.println("desktop icons: " + SIZES.length + " sizes and an SVG in " + out);
    }

    static BufferedImage draw(Path2D logo, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.decode(Icons.LOGO_COLOUR));
            g.fill(AffineTransform.getScaleInstance(size / UNITS, size / UNITS).createTransformedShape(logo));
        } finally {
            g.dispose();
        }
        return image;
    }
}
