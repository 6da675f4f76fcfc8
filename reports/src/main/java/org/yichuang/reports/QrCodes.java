package org.yichuang.reports;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * Renders QR codes (二维码) as images for the templates.
 *
 * <p>zxing rather than barcode4j's QR component: barcode4j would need another deserialization whitelist entry
 * and draws through its own renderer, while a plain image prints the same in PDF, preview and on the printer.
 */
public final class QrCodes {
    /** Pixels per module: crisp enough when the PDF viewer or printer scales the image without smoothing. */
    private static final int SCALE = 8;
    private static final int WHITE = 0xFFFFFF;

    private QrCodes() {
    }

    /** Returns a black-on-white QR code of the text with a two-module quiet zone. */
    public static BufferedImage render(String text) {
        BitMatrix matrix;
        try {
            // level M survives a folded or slightly soiled sheet; H would make a long URL too dense to scan
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
        int size = matrix.getWidth();
        BufferedImage image = new BufferedImage(size * SCALE, size * SCALE, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size * SCALE; y++) {
            for (int x = 0; x < size * SCALE; x++) {
                image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0 : WHITE);
            }
        }
        return image;
    }
}
