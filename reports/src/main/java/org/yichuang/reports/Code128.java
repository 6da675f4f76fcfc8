package org.yichuang.reports;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;

/**
 * The case barcode (办件条形码, Code 128) as vector bars for an image element (expression class
 * {@code java.lang.Object}), the same way {@link QrCodes#vector} draws the QR code.
 *
 * <p>Not barcode4j's Jasper component: it hands the exporter an SVG document that Batik parses and lays out again for
 * every notice, about a third of a notice's rendering (profiled with JFR, 2026-12). The bars here are one path.
 */
public final class Code128 {
    /** Narrowest bar where the element is wide enough (the width barcode4j used): 0.75 pt, 0.26 mm. */
    private static final double MODULE_PT = 0.75;
    /** Quiet zone each side in modules (ISO/IEC 15417 asks for 10). */
    private static final int QUIET_ZONE = 10;

    private Code128() {
    }

    /**
     * Returns the bars of {@code text}: 0.75 pt per module, narrower where the element cannot hold that (an 80 mm
     * slip), centred across the element and as tall as it.
     */
    public static Renderable vector(String text) {
        BitMatrix row = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1,
                Map.of(EncodeHintType.MARGIN, QUIET_ZONE));
        int modules = row.getWidth();
        Path2D.Float bars = ModulePaths.of(row);
        return new Bars("code128:" + text, modules, bars);
    }

    /** The bars in module units (one unit tall), scaled into the element when drawn. */
    private record Bars(String id, int modules, Path2D.Float path) implements Renderable, Graphics2DRenderable {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
            double module = Math.min(MODULE_PT, area.getWidth() / modules);
            double width = module * modules;
            AffineTransform place = new AffineTransform();
            place.translate(area.getX() + (area.getWidth() - width) / 2, area.getY());
            place.scale(module, area.getHeight());
            ModulePaths.draw(g, place, modules, 1, path);
        }
    }
}
