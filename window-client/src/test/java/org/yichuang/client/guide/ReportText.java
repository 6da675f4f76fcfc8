package org.yichuang.client.guide;

import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/** The texts of a filled report, as printed, for assertions. */
final class ReportText {
    private ReportText() {
    }

    static String of(JasperPrint print) {
        List<String> lines = new ArrayList<>();
        print.getPages().forEach(p -> collect(p.getElements(), lines));
        return String.join("\n", lines);
    }

    private static void collect(List<JRPrintElement> elements, List<String> lines) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText text && text.getFullText() != null) {
                lines.add(text.getFullText());
            } else if (e instanceof JRPrintFrame frame) {
                collect(frame.getElements(), lines);
            }
        }
    }
}
