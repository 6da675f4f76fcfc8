package org.yichuang.client.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashDocAttributeSet;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.printer.Printers;

/**
 * Sends a PDF to a printer by its exact name, without any dialog.
 *
 * <p>Two ways, chosen per printer:
 * <ul>
 *   <li>{@link Route#PDF_TO_QUEUE}: the PDF itself as {@code DocFlavor.INPUT_STREAM.PDF}, when the print service takes
 *       it. CUPS does (its filters turn PDF into whatever the device needs). The printer receives the server's
 *       document unchanged: embedded fonts, vector text at the device's own resolution, and a PDF printer's output
 *       still has the text (pdftotext finds the case number), which the tests rely on.</li>
 *   <li>{@link Route#RENDERED}: PDFBox draws the pages through {@link PrinterJob} ({@link PDFPageable}, the page
 *       size taken from the PDF so an 80 mm slip reaches the driver as 80 mm). Windows print services take no PDF
 *       flavor (only the printer driver's GDI path), and neither do some CUPS setups; Java2D works with every driver
 *       the PC has.</li>
 * </ul>
 * Before sending, {@link Printers#ready} refuses a queue that is unknown, stopped or refusing jobs: a stopped CUPS
 * queue accepts a job and holds it, and the applicant would leave without the paper while the counter thinks it
 * printed. Such a job stays in the client's print queue instead.
 */
public class PdfPrinter {
    /** How a job reached the printer. */
    public enum Route { PDF_TO_QUEUE, RENDERED }

    private final Printers printers;
    private final boolean allowPdfFlavor;

    /** Prints with the PDF flavor wherever the printer takes it. */
    public PdfPrinter(Printers printers) {
        this(printers, true);
    }

    /** {@code allowPdfFlavor = false} always renders with PDFBox (tests of the Windows path on CUPS). */
    public PdfPrinter(Printers printers, boolean allowPdfFlavor) {
        this.printers = Objects.requireNonNull(printers);
        this.allowPdfFlavor = allowPdfFlavor;
    }

    /**
     * Checks that a job sent now to {@code printerName} would print.
     *
     * @throws DomainException PRINTER_UNAVAILABLE naming the printer and why
     */
    public void checkReady(String printerName, Paper paper) {
        if (printerName == null || printerName.isBlank()) {
            throw notChosen(paper);
        }
        printers.ready(printerName);
    }

    /**
     * Prints {@code pdf} on {@code printerName}.
     *
     * @return how it was sent
     * @throws DomainException PRINTER_UNAVAILABLE naming the printer and why (unknown, stopped with the queue's
     *         reason, refusing jobs, or the print system's own error)
     */
    public Route print(byte[] pdf, String printerName, Paper paper, String jobName) {
        if (printerName == null || printerName.isBlank()) {
            throw notChosen(paper);
        }
        PrintService service = printers.ready(printerName);
        try {
            if (allowPdfFlavor && service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
                sendPdf(service, pdf, paper, jobName);
                return Route.PDF_TO_QUEUE;
            }
            render(service, pdf, jobName);
            return Route.RENDERED;
        } catch (PrintException | PrinterException | IOException | RuntimeException e) {
            DomainException failure = new DomainException(ErrorCode.PRINTER_UNAVAILABLE,
                    "打印机 " + printerName + " 未接受打印任务：" + rootMessage(e));
            failure.initCause(e);
            throw failure;
        }
    }

    private static void sendPdf(PrintService service, byte[] pdf, Paper paper, String jobName) throws PrintException {
        PrintRequestAttributeSet request = new HashPrintRequestAttributeSet();
        request.add(new Copies(1));
        request.add(new JobName(jobName, null));
        if (paper == Paper.A4) {
            request.add(MediaSizeName.ISO_A4);
        } else {
            rollMedia(service).ifPresent(request::add);
        }
        DocPrintJob job = service.createPrintJob();
        job.print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, new HashDocAttributeSet()),
                request);
    }

    /**
     * Returns the printer's 80 mm roll among the sizes its driver names (a thermal driver's PPD says e.g.
     * {@code X80MMY297MM}), the default first. Without a media attribute Java asks for its locale's default paper
     * (US Letter), and CUPS scaled the slip onto a Letter page.
     */
    static java.util.Optional<MediaSizeName> rollMedia(PrintService service) {
        java.util.List<Media> candidates = new java.util.ArrayList<>();
        if (service.getDefaultAttributeValue(Media.class) instanceof Media m) {
            candidates.add(m);
        }
        if (service.getSupportedAttributeValues(Media.class, null, null) instanceof Media[] all) {
            candidates.addAll(java.util.Arrays.asList(all));
        }
        return candidates.stream().filter(MediaSizeName.class::isInstance).map(MediaSizeName.class::cast)
                .filter(PdfPrinter::isRoll80).findFirst();
    }

    private static boolean isRoll80(MediaSizeName name) {
        MediaSize size = MediaSize.getMediaSizeForName(name);
        return size != null && Math.abs(size.getX(MediaSize.MM) - 80) <= 1.5f;
    }

    private static void render(PrintService service, byte[] pdf, String jobName) throws PrinterException, IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            PrintRequestAttributeSet request = new HashPrintRequestAttributeSet();
            request.add(new Copies(1));
            request.add(new JobName(jobName, null));
            job.print(request);
        }
    }

    private static DomainException notChosen(Paper paper) {
        return new DomainException(ErrorCode.PRINTER_UNAVAILABLE,
                "本窗口未设置" + paper.label() + "打印机，请在“打印队列”中选择打印机后重试。");
    }

    /** The innermost message: the print system's own words (CUPS' error) rather than a wrapper's. */
    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
