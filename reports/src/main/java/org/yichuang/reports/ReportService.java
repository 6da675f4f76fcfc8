package org.yichuang.reports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.JRGraphics2DExporter;
import net.sf.jasperreports.engine.export.JRPrintServiceExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleGraphics2DExporterOutput;
import net.sf.jasperreports.export.SimpleGraphics2DReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimplePrintServiceExporterConfiguration;
import org.yichuang.reports.printer.PrinterStatus;
import org.yichuang.reports.printer.Printers;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * Fills, exports and prints the counter's papers (回执/文书): the 受理回执 (acceptance receipt) and the printed
 * 办事指南 (service guides) of items and bundles.
 *
 * <p>Templates are compiled at build time and loaded once per service from {@code /reports/*.jasper}.
 * Thread-safe: filling and exporting keep no shared mutable state besides the template cache.
 */
public final class ReportService {
    private static final String RECEIPT = "receipt";
    private static final String GUIDE = "guide";

    private final CompiledTemplates templates = new CompiledTemplates();
    private final Printers printers = new Printers();
    private final ReceiptParameters receiptParameters;
    private final ZoneId hallZone;

    /**
     * Creates the service printing times and dates in the hall's zone (the session's), whatever the PC's zone is:
     * a case received at 23:30 UTC is received the next day in Beijing.
     */
    public ReportService(ZoneId hallZone) {
        this.hallZone = Objects.requireNonNull(hallZone, "hallZone");
        this.receiptParameters = new ReceiptParameters(hallZone, GlyphCoverage.ofReportFonts());
    }

    /** Returns the hall's time zone the service prints in; a guide's edition date is a day in this zone too. */
    public ZoneId hallZone() {
        return hallZone;
    }

    /** Fills the one-page 受理回执 with a Code 128 barcode of the case number (办件编号). */
    public JasperPrint fillReceipt(CaseReceipt receipt) {
        Objects.requireNonNull(receipt, "receipt");
        try {
            JasperPrint print = JasperFillManager.fillReport(template(RECEIPT), receiptParameters.of(receipt),
                    new JREmptyDataSource(1));
            print.setName("受理回执-" + receipt.caseNo());
            return print;
        } catch (JRException e) {
            throw new IllegalStateException("cannot fill the receipt template", e);
        }
    }

    /**
     * Fills the 办事指南 (service guide, 一次告知) of one item: A4, as many pages as its materials need, with a QR
     * code of {@link GuideContext#publicUrl()}.
     */
    public JasperPrint fillItemGuide(ServiceItem item, GuideContext context) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(context, "context");
        return fillGuide(ItemGuide.parameters(item, context), ItemGuide.sections(item, context.riskyItemsMayDefer()), "办事指南-" + item.name());
    }

    /**
     * Fills the guide of a bundle (一件事): its member items and one merged material list (一表申报).
     *
     * @param items the bundle's items, in any order; each code the bundle lists must be among them
     * @throws IllegalArgumentException when a member item is missing
     */
    public JasperPrint fillBundleGuide(ServiceBundle bundle, List<ServiceItem> items, GuideContext context) {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(context, "context");
        List<ServiceItem> members = BundleGuide.members(bundle, items);
        return fillGuide(BundleGuide.parameters(bundle, members, context), BundleGuide.sections(bundle, members, context.riskyItemsMayDefer()),
                "一件事办事指南-" + bundle.name());
    }

    private JasperPrint fillGuide(Map<String, Object> parameters, List<Map<String, ?>> sections, String name) {
        try {
            JasperPrint print = JasperFillManager.fillReport(template(GUIDE), parameters,
                    new JRMapCollectionDataSource(sections));
            print.setName(name);
            return print;
        } catch (JRException e) {
            throw new IllegalStateException("cannot fill the guide template", e);
        }
    }

    /** Exports every page to PDF with the CJK font embedded. */
    public byte[] toPdf(JasperPrint print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(print.getName());
        config.setMetadataCreator("一窗综合受理系统");
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("cannot export to PDF", e);
        }
        return out.toByteArray();
    }

    /** Renders one page (0-based) for the on-screen preview; zoom 1 = 72 dpi. */
    public BufferedImage pageImage(JasperPrint print, int pageIndex, float zoom) {
        if (pageIndex < 0 || pageIndex >= print.getPages().size()) {
            throw new IllegalArgumentException("no page " + pageIndex + " in a report of " + print.getPages().size());
        }
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom must be positive: " + zoom);
        }
        int width = (int) Math.ceil(print.getPageWidth() * zoom);
        int height = (int) Math.ceil(print.getPageHeight() * zoom);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            JRGraphics2DExporter exporter = new JRGraphics2DExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            SimpleGraphics2DExporterOutput output = new SimpleGraphics2DExporterOutput();
            output.setGraphics2D(g);
            exporter.setExporterOutput(output);
            SimpleGraphics2DReportConfiguration config = new SimpleGraphics2DReportConfiguration();
            config.setPageIndex(pageIndex);
            config.setZoomRatio(zoom);
            exporter.setConfiguration(config);
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("cannot render page " + pageIndex, e);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Returns the names of the printers the system knows (CUPS queues, Windows printers), sorted. */
    public List<String> printerNames() {
        return printers.all().stream().map(PrinterStatus::name).toList();
    }

    /** Returns the printers the system knows with their state (就绪, 已暂停 …), sorted by name. */
    public List<PrinterStatus> printerStatuses() {
        return printers.all();
    }

    /** Returns the system's default printer, if the PC has one. */
    public Optional<String> defaultPrinter() {
        return printers.defaultName();
    }

    /**
     * Prints on the printer with exactly this name, on A4, without any dialog.
     *
     * @throws DomainException {@code PRINTER_UNAVAILABLE} naming the printer and the cause: unknown, stopped
     *         (with the queue's reason), refusing jobs, or the job could not be sent (with the system's error)
     */
    public void print(JasperPrint print, String printerName, String jobName) {
        Objects.requireNonNull(print, "print");
        if (printerName == null || printerName.isBlank()) {
            throw unavailable("未选择打印机，请先选择打印机。");
        }
        // A stopped (disabled) CUPS queue still accepts jobs and holds them: the applicant would leave
        // without a receipt, so it is refused like a queue that rejects jobs.
        PrintService service = printers.ready(printerName);
        PrintRequestAttributeSet request = new HashPrintRequestAttributeSet();
        request.add(new Copies(1));
        request.add(new JobName(jobName == null || jobName.isBlank() ? print.getName() : jobName, null));
        request.add(MediaSizeName.ISO_A4);
        request.add(OrientationRequested.PORTRAIT);
        SimplePrintServiceExporterConfiguration config = new SimplePrintServiceExporterConfiguration();
        config.setPrintService(service);
        config.setPrintRequestAttributeSet(request);
        config.setDisplayPrintDialog(false);
        config.setDisplayPageDialog(false);
        JRPrintServiceExporter exporter = new JRPrintServiceExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException | JRRuntimeException e) {
            DomainException failure = unavailable("打印失败：打印机“" + printerName + "”未接受打印任务（"
                    + rootMessage(e) + "），请检查后重试。");
            failure.initCause(e);
            throw failure;
        }
    }

    /** The innermost message: the print system's own words (CUPS' IPP error) rather than Jasper's wrapper. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    private JasperReport template(String name) {
        return templates.get(name);
    }

    private static DomainException unavailable(String message) {
        return new DomainException(ErrorCode.PRINTER_UNAVAILABLE, message);
    }
}
