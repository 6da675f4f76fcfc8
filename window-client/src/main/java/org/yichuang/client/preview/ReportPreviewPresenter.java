package org.yichuang.client.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JasperPrint;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.reports.ReportService;
import org.yichuang.reports.printer.PrinterStatus;

/**
 * State of a report preview (打印预览): the filled report, zoom and printer; fills, prints and saves off the EDT.
 * The counter has one printer for all its papers, remembered in {@link ClientPrefs#KEY_PRINTER}.
 */
public final class ReportPreviewPresenter extends ObservableModel<ReportPreviewPresenter.Property> {
    /** Observable properties. */
    public enum Property { REPORT, ZOOM, PRINTER, DEFAULT_PRINTER, BUSY, STATUS }

    /** Zoom steps are multiplicative, between these bounds; 1 = 72 dpi. */
    public static final float MIN_ZOOM = 0.5f;
    public static final float MAX_ZOOM = 3f;
    private static final float STEP = 1.25f;

    private final PreviewDocument document;
    private final Supplier<ReportService> reports;
    private final BackgroundTasks tasks;
    private final ClientPrefs prefs;
    private final Messages messages;
    private final UserPrompts prompts;

    private final BackgroundTasks.TaskListener busyListener = new BackgroundTasks.TaskListener() {
        @Override
        public void busyChanged(boolean value) {
            setBusy(value);
        }
    };
    private JasperPrint report;
    private float zoom = 1.25f;
    private boolean busy;
    private String status;
    /** The system's default printer once looked up: empty string when the PC has none, null before. */
    private String defaultPrinter;

    /** Creates the presenter of one document; {@code reports} is created lazily on first use. */
    public ReportPreviewPresenter(PreviewDocument document, Supplier<ReportService> reports, BackgroundTasks tasks,
            ClientPrefs prefs, Messages messages, UserPrompts prompts) {
        this.document = document;
        this.reports = reports;
        this.tasks = tasks;
        this.prefs = prefs;
        this.messages = messages;
        this.prompts = prompts;
        this.busy = tasks.isBusy();
        tasks.addListener(busyListener);
    }

    /** Stops listening to the shared task funnel; call when the preview closes. */
    public void dispose() {
        tasks.removeListener(busyListener);
    }

    /** Returns what is previewed. */
    public PreviewDocument document() {
        return document;
    }

    /** Returns the filled report, or null while filling. */
    public JasperPrint report() {
        return report;
    }

    /** Returns the number of pages, 0 while filling. */
    public int pageCount() {
        return report == null ? 0 : report.getPages().size();
    }

    public float zoom() {
        return zoom;
    }

    public boolean isBusy() {
        return busy;
    }

    /** Returns the last outcome to show under the preview, or null. */
    public String status() {
        return status;
    }

    /** Returns the chosen printer, or null for the system default. */
    public String printer() {
        return prefs.get(ClientPrefs.KEY_PRINTER).orElse(null);
    }

    /** Returns the system default printer, "" when the PC has none, or null until {@link #lookUpDefaultPrinter}. */
    public String defaultPrinter() {
        return defaultPrinter;
    }

    /** Finds the system's default printer off the EDT, for the toolbar to say where papers go. */
    public void lookUpDefaultPrinter() {
        run(() -> reports.get().defaultPrinter().orElse(""), this::setDefaultPrinter);
    }

    /** Returns true when the report is ready and nothing runs. */
    public boolean canOutput() {
        return report != null && !busy;
    }

    /** Fills the report off the EDT. */
    public void fill() {
        run(() -> document.fill().fill(reports.get()), this::setReport);
    }

    public void zoomIn() {
        setZoom(zoom * STEP);
    }

    public void zoomOut() {
        setZoom(zoom / STEP);
    }

    /** Sets the zoom, kept within {@link #MIN_ZOOM} and {@link #MAX_ZOOM}. */
    public void setZoom(float value) {
        float old = zoom;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        fire(Property.ZOOM, old, zoom);
    }

    /** Prints every page to the chosen printer, or the system default; PRINTER_UNAVAILABLE reaches the handler. */
    public void print() {
        if (!canOutput()) {
            return;
        }
        JasperPrint toPrint = report;
        String chosen = printer();
        run(() -> {
            String name = chosen != null ? chosen : reports.get().defaultPrinter().orElseThrow(() ->
                    new DomainException(ErrorCode.PRINTER_UNAVAILABLE, "本机没有默认打印机，请先选择打印机。"));
            reports.get().print(toPrint, name, document.jobName());
            return name;
        }, name -> setStatus(messages.text("preview.printed", name)));
    }

    /** Lets the clerk choose the counter's printer among those the system knows, each with its state. */
    public void choosePrinter() {
        run(() -> reports.get().printerStatuses(), this::offerPrinters);
    }

    /** Saves the report as PDF where the clerk chooses. */
    public void savePdf() {
        if (!canOutput()) {
            return;
        }
        JasperPrint toSave = report;
        prompts.chooseFile(document.saveTitle(), document.jobName() + ".pdf", "pdf").ifPresent(path -> run(() -> {
            Path written = Files.write(path, reports.get().toPdf(toSave));
            return written;
        }, p -> setStatus(messages.text("preview.saved", p.toString()))));
    }

    private void offerPrinters(List<PrinterStatus> printers) {
        if (printers.isEmpty()) {
            prompts.warn(messages.text("preview.printer.title"), messages.text("preview.printer.none"));
            return;
        }
        // the clerk sees each queue's state; the choice maps back to the queue's name
        List<String> labels = printers.stream().map(this::label).toList();
        String current = printer();
        int at = 0;
        for (int i = 0; i < printers.size(); i++) {
            if (printers.get(i).name().equals(current != null ? current : defaultPrinter)) {
                at = i;
            }
        }
        prompts.choose(messages.text("preview.printer.title"), messages.text("preview.printer.message"), labels,
                labels.get(at)).map(labels::indexOf).filter(i -> i >= 0)
                .ifPresent(i -> setPrinter(printers.get(i).name()));
    }

    private String label(PrinterStatus p) {
        String name = p.name().equals(defaultPrinter) ? messages.text("preview.printer.isDefault", p.name()) : p.name();
        return messages.text("preview.printer.choice", name, p.summary());
    }

    /** Remembers the counter's printer. */
    public void setPrinter(String name) {
        String old = printer();
        prefs.put(ClientPrefs.KEY_PRINTER, name);
        prefs.flush();
        fire(Property.PRINTER, old, printer());
    }

    private void setDefaultPrinter(String value) {
        String old = defaultPrinter;
        defaultPrinter = value;
        fire(Property.DEFAULT_PRINTER, old, defaultPrinter);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        tasks.submit(work, onSuccess);   // failures (PRINTER_UNAVAILABLE, ITEM_NOT_FOUND …) go to the central handler
    }

    private void setReport(JasperPrint value) {
        JasperPrint old = report;
        report = value;
        fire(Property.REPORT, old, report);
    }

    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, busy);
    }

    private void setStatus(String value) {
        String old = status;
        status = value;
        fire(Property.STATUS, old, status);
    }
}
