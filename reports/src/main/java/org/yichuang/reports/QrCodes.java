package org.yichuang.reports;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;

/**
 * Renders QR codes (二维码) for the templates: as an image ({@link #render}) or as vector shapes ({@link #vector}).
 *
 * <p>zxing rather than a Jasper barcode component: those hand the exporter SVG for Batik to parse on every notice
 * (see {@link Code128}), while these print the same in PDF, preview and on the printer.
 */
public final class QrCodes {
    /** Pixels per module: crisp enough when the PDF viewer or printer scales the image without smoothing. */
    private static final int SCALE = 8;

    private QrCodes() {
    }

    /** Returns a black-on-white QR code of the text with a two-module quiet zone. */
    public static BufferedImage render(String text) {
        BitMatrix matrix = encode(text);
        int size = matrix.getWidth();
        int side = size * SCALE;
        // written straight into the packed 1-bit raster (bit 0 = black, 1 = white): setRGB per pixel goes through
        // the colour model for every one of the ~200,000 pixels
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        byte[] bits = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int stride = (side + 7) / 8;
        Arrays.fill(bits, (byte) 0xFF);
        for (int y = 0; y < side; y++) {
            int row = y * stride;
            for (int x = 0; x < side; x++) {
                if (matrix.get(x / SCALE, y / SCALE)) {
                    bits[row + (x >> 3)] &= (byte) ~(0x80 >> (x & 7));
                }
            }
        }
        return image;
    }

    /**
     * Returns the QR code as vector shapes for an image element (expression class {@code java.lang.Object}): the PDF
     * gets one filled path, crisp at any zoom and on any printer, and no image to encode. A bitmap cost a notice
     * more than its fonts: the PDF exporter re-reads every pixel of it (profiled, ~200,000 pixels per code).
     */
    public static Renderable vector(String text) {
        BitMatrix matrix = encode(text);
        int size = matrix.getWidth();
        Path2D.Float path = ModulePaths.of(matrix);
        return new VectorCode("qr:" + text, size, path);
    }

    private static BitMatrix encode(String text) {
        try {
            // level M survives a folded or slightly soiled sheet; H would make a long URL too dense to scan
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    /** The modules as one path in module units, scaled into the element's square (centred) when drawn. */
    private record VectorCode(String id, int modules, Path2D.Float path) implements Renderable, Graphics2DRenderable {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
            double side = Math.min(area.getWidth(), area.getHeight());
            double module = side / modules;
            AffineTransform place = new AffineTransform();
            place.translate(area.getX() + (area.getWidth() - side) / 2, area.getY() + (area.getHeight() - side) / 2);
            place.scale(module, module);
            ModulePaths.draw(g, place, modules, modules, path);
        }
    }
}
