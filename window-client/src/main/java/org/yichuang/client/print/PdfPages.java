package org.yichuang.client.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Draws a PDF's pages for the preview with PDFBox; slow (fonts, images), so never on the EDT. */
final class PdfPages {
    private PdfPages() {
    }

    /** Returns every page at {@code zoom} (1 = 72 dpi, the PDF's own points). */
    static List<BufferedImage> render(byte[] pdf, float zoom) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    break;   // a newer zoom or document replaced this one
                }
                pages.add(renderer.renderImage(i, zoom, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the document", e);
        }
    }
}
