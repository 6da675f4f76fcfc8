package org.yichuang.client.preview;

import java.util.Objects;
import net.sf.jasperreports.engine.JasperPrint;
import org.yichuang.reports.ReportService;

/**
 * A paper the counter previews, prints and saves (受理回执, 办事指南): how to fill it and the texts around it.
 *
 * @param dialogName  component name of the preview window, for tests
 * @param title       window title, e.g. 办事指南 · 公共场所卫生许可证核发
 * @param jobName     print job and suggested PDF file name
 * @param fillingText shown until the first page is drawn
 * @param saveTitle   title of the save-as-PDF file dialog
 * @param fill        fills the report; runs off the EDT and may fetch from the server first
 */
public record PreviewDocument(String dialogName, String title, String jobName, String fillingText, String saveTitle,
        Fill fill) {

    /** Fills the report; called off the EDT. */
    @FunctionalInterface
    public interface Fill {
        /** Returns the filled report; failures (ApiException, PRINTER_UNAVAILABLE…) reach the central handler. */
        JasperPrint fill(ReportService reports) throws Exception;
    }

    /** Checks that nothing is missing. */
    public PreviewDocument {
        Objects.requireNonNull(dialogName, "dialogName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(fillingText, "fillingText");
        Objects.requireNonNull(saveTitle, "saveTitle");
        Objects.requireNonNull(fill, "fill");
    }
}
