package org.yichuang.reports;

import java.util.List;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/** The texts of a filled report, without exporting it. */
final class PrintText {
    private PrintText() {
    }

    static String of(JasperPrint print) {
        return String.join("\n", lines(print));
    }

    /** The visible text of each text element; text that did not fit is cut here as on paper. */
    static List<String> lines(JasperPrint print) {
        return print.getPages().stream().flatMap(p -> p.getElements().stream())
                .filter(JRPrintText.class::isInstance).map(e -> visible((JRPrintText) e))
                .collect(Collectors.toList());
    }

    private static String visible(JRPrintText text) {
        String full = text.getFullText();
        Integer cut = text.getTextTruncateIndex();
        return full == null || cut == null ? full : full.substring(0, cut);
    }
}
