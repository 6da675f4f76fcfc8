package org.yichuang.reports;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/** The dark modules of a zxing code as one vector path, and its drawing; shared by {@link QrCodes} and {@link Code128}. */
final class ModulePaths {
    private ModulePaths() {
    }

    /** The dark modules in module units, one rectangle per run of dark modules in a row rather than per module. */
    static Path2D.Float of(BitMatrix matrix) {
        Path2D.Float path = new Path2D.Float();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int end = x;
                while (end < matrix.getWidth() && matrix.get(end, y)) {
                    end++;
                }
                path.append(new Rectangle(x, y, end - x, 1), false);
                x = end;
            }
        }
        return path;
    }

    /** Fills the code's {@code columns × rows} modules white, then its path black, both through {@code place}. */
    static void draw(Graphics2D g, AffineTransform place, int columns, int rows, Path2D.Float path) {
        Color before = g.getColor();
        g.setColor(Color.WHITE);
        g.fill(place.createTransformedShape(new Rectangle(0, 0, columns, rows)));
        g.setColor(Color.BLACK);
        g.fill(place.createTransformedShape(path));
        g.setColor(before);
    }
}
