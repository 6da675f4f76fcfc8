package org.yichuang.reports;

import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The texts of a filled report with their page and absolute position, frames (table cells) included, so a test
 * can tell which cells share a table row.
 */
final class PrintBoxes {
    record Box(int page, String text, int x, int y, int height) {
        boolean sameRowAs(Box other) {
            return page == other.page && y < other.y + other.height && other.y < y + height;
        }
    }

    private PrintBoxes() {
    }

    static List<Box> of(JasperPrint print) {
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < print.getPages().size(); i++) {
            collect(i, print.getPages().get(i).getElements(), 0, 0, out);
        }
        return out;
    }

    private static void collect(int page, List<JRPrintElement> elements, int dx, int dy, List<Box> out) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                collect(page, frame.getElements(), dx + frame.getX() + frame.getLineBox().getLeftPadding(),
                        dy + frame.getY() + frame.getLineBox().getTopPadding(), out);
            } else if (e instanceof JRPrintText text) {
                out.add(new Box(page, text.getFullText(), dx + e.getX(), dy + e.getY(), e.getHeight()));
            }
        }
    }
}
