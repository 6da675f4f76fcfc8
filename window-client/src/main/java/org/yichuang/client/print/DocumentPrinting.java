package org.yichuang.client.print;

import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ClientPrefs;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.printer.Printers;

/**
 * The counter's printing of the documents (文书) the server issued with a case: preview, print on the counter's
 * printer for each paper, save as PDF, re-print a 副本; and the print queue (打印队列) where every paper that could
 * not print waits, survives a restart and is retried. The intake screen calls this after an outcome.
 *
 * <p>Typical use on the EDT, after {@code submitIntake} returned:
 * <pre>{@code
 * List<CaseDocumentView> docs = api.caseDocuments(caseNo);           // off the EDT
 * printing.preview(frame, caseNo, docs);                             // the clerk looks, prints (F9 / Ctrl+P), saves
 * printing.printAll(caseNo, docs, outcome -> ...);                   // or print at once; outcome on the EDT
 * }</pre>
 * A printer that is offline never loses a paper: the job is on disk before it is sent, the clerk is told which
 * printer and why, and the queue retries it when the printer is back.
 */
public final class DocumentPrinting implements AutoCloseable {
    /** How often waiting jobs are retried. */
    public static final Duration RETRY_EVERY = Duration.ofSeconds(15);

    private final HallApi api;
    private final PrintQueue queue;
    private final CounterPrinters printers;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private final Executor edt;
    private final Printers printerList;

    /** Wires the parts; production uses {@link #create}. {@code edt} runs the queue's news on the EDT. */
    public DocumentPrinting(HallApi api, PrintQueue queue, CounterPrinters printers, Printers printerList,
            BackgroundTasks tasks, Messages messages, UserPrompts prompts, Executor edt) {
        this.api = Objects.requireNonNull(api);
        this.queue = Objects.requireNonNull(queue);
        this.printers = Objects.requireNonNull(printers);
        this.printerList = Objects.requireNonNull(printerList);
        this.tasks = Objects.requireNonNull(tasks);
        this.messages = Objects.requireNonNull(messages);
        this.prompts = Objects.requireNonNull(prompts);
        this.edt = Objects.requireNonNull(edt);
    }

    /**
     * Creates the production service: the queue in the client's data directory
     * ({@link PrintQueueStore#defaultDirectory}), PDFs fetched again from {@code api} when needed, retried every
     * {@link #RETRY_EVERY} from now on (jobs a killed client left are tried at once).
     */
    public static DocumentPrinting create(HallApi api, ClientPrefs prefs, BackgroundTasks tasks, Messages messages,
            UserPrompts prompts) {
        Printers system = new Printers();
        CounterPrinters counter = new CounterPrinters(prefs, system::defaultName);
        PrintQueueStore store = new PrintQueueStore(PrintQueueStore.defaultDirectory(System.getProperty("yichuang.dataDir"),
                System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home")));
        PrintQueue queue = new PrintQueue(store, new PdfPrinter(system), fetcher(api),
                job -> counter.printerFor(job.paper()), Clock.systemUTC());
        queue.startRetrying(RETRY_EVERY);
        return new DocumentPrinting(api, queue, counter, system, tasks, messages, prompts, SwingUtilities::invokeLater);
    }

    /** The server as the source of a document's PDF: the stored original, or an audited 副本. */
    public static DocumentSource fetcher(HallApi api) {
        return (caseNo, id, paper, copy) -> copy ? api.documentCopy(caseNo, id, paper) : api.documentPdf(caseNo, id,
                paper);
    }

    /**
     * Opens the preview of the documents an outcome or a supplement just issued (modeless; Esc closes it), on the
     * newest one: the decision the clerk hands over (受理通知书, 一次性告知书 …) rather than the 材料接收凭证 before it,
     * and the one the server rendered before answering. The clerk picks a document and its paper, prints it (Ctrl+P),
     * prints all in issue order (Ctrl+Shift+P), prints a 副本, saves it as PDF and chooses the printers. On the EDT.
     */
    public DocumentPreviewDialog preview(Window owner, String caseNo, List<CaseDocumentView> documents) {
        DocumentPreviewPresenter presenter = new DocumentPreviewPresenter(caseNo, documents, documents.size() - 1,
                this, tasks, messages, prompts);
        // fetched while the dialog is built, laid out and shown: the answer comes on the EDT, after this method, and
        // the dialog listens from its constructor
        presenter.load();
        DocumentPreviewDialog dialog = new DocumentPreviewDialog(owner, messages, presenter, tasks,
                () -> showQueue(owner));
        dialog.setVisible(true);
        return dialog;
    }

    /**
     * Prints every document once, each on the paper {@link CounterPrinters#paperFor} chooses, without a dialog; on
     * the EDT. {@code onDone} gets the outcome on the EDT; when papers wait in the queue the clerk is also warned
     * with the printer's reason.
     */
    public void printAll(String caseNo, List<CaseDocumentView> documents, Consumer<PrintOutcome> onDone) {
        List<Request> requests = documents.stream().map(d -> new Request(d, paperFor(d), false, null)).toList();
        tasks.submit(() -> print(caseNo, requests), outcome -> {
            warnIfWaiting(outcome);
            onDone.accept(outcome);
        });
    }

    /** Opens the print queue (打印队列) dialog; on the EDT. */
    public PrintQueueDialog showQueue(Window owner) {
        PrintQueuePresenter presenter = new PrintQueuePresenter(queue, printers, tasks, messages, prompts, edt,
                printerList::all);
        PrintQueueDialog dialog = new PrintQueueDialog(owner, messages, presenter);
        dialog.setVisible(true);
        presenter.refresh();
        return dialog;
    }

    /** Returns the print queue (the main window shows how many papers wait). */
    public PrintQueue queue() {
        return queue;
    }

    /** Returns the counter's printers per paper. */
    public CounterPrinters printers() {
        return printers;
    }

    /** Returns the paper {@code document} prints on at this counter. */
    public Paper paperFor(CaseDocumentView document) {
        return printers.paperFor(document.papers());
    }

    /**
     * One paper to print.
     *
     * @param document the document
     * @param paper    the paper (one of the document's)
     * @param copy     true for a 副本
     * @param pdf      its bytes when already fetched (the preview), else null
     */
    record Request(CaseDocumentView document, Paper paper, boolean copy, byte[] pdf) {
    }

    /**
     * Prints the requests in order, each through the queue; blocks, so call it off the EDT. A PDF that cannot be
     * fetched now is queued without bytes and fetched on retry: the paper is still not lost.
     */
    PrintOutcome print(String caseNo, List<Request> requests) throws Exception {
        int printed = 0;
        List<PrintJob> waiting = new ArrayList<>();
        for (Request r : requests) {
            byte[] pdf = r.pdf();
            if (pdf == null) {
                try {
                    pdf = fetcher(api).pdf(caseNo, r.document().id(), r.paper(), r.copy());
                } catch (Exception e) {
                    pdf = null;   // the server is unreachable: the queue fetches it on retry
                }
            }
            PrintJob job = new PrintJob(UUID.randomUUID().toString(), caseNo, r.document().id(), r.document().title(),
                    r.paper(), printers.printerFor(r.paper()).orElse(""), r.copy(), java.time.Instant.now(), 0, null,
                    null);
            PrintQueue.Attempt attempt = queue.submit(job, pdf).get(5, TimeUnit.MINUTES);
            if (attempt.printed()) {
                printed++;
            } else {
                waiting.add(attempt.job());
            }
        }
        return new PrintOutcome(printed, waiting);
    }

    /** Fetches the PDF to save and writes it where the clerk chose; off the EDT. */
    Path save(String caseNo, CaseDocumentView document, Paper paper, byte[] loaded, Path target) throws Exception {
        byte[] pdf = loaded != null ? loaded : api.documentPdf(caseNo, document.id(), paper);
        return Files.write(target, pdf);
    }

    /** Returns the PDF of a document on a paper; off the EDT. */
    byte[] original(String caseNo, CaseDocumentView document, Paper paper) {
        return api.documentPdf(caseNo, document.id(), paper);
    }

    /** Tells the clerk which papers wait and why (the printer's own reason), once per print request. */
    void warnIfWaiting(PrintOutcome outcome) {
        if (outcome.complete()) {
            return;
        }
        PrintJob first = outcome.waiting().get(0);
        prompts.warn(messages.text("print.waiting.title"), messages.text("print.waiting.message",
                outcome.waiting().size(), first.problem() == null ? "" : first.problem()));
    }

    /** Returns the texts a dialog needs. */
    Messages messages() {
        return messages;
    }

    /** Stops the retries; waiting jobs stay on disk for the next start. */
    @Override
    public void close() {
        queue.close();
    }

    // issue 12: queue tickets

    /**
     * Prints a PDF made on this PC, which the server does not keep (the 80 mm queue ticket), on the counter's printer
     * for {@code paper}; blocks, so call it off the EDT. Like every paper it is on disk before it is sent: a printer
     * that is offline or not chosen leaves it waiting in the print queue with the reason.
     *
     * @param reference what the queue lists it under (the ticket number), also the start of the print job's name
     * @param title     what it is (排队小票)
     */
    public PrintOutcome printLocal(String reference, String title, Paper paper, byte[] pdf) throws Exception {
        PrintJob job = new PrintJob(UUID.randomUUID().toString(), reference, PrintJob.NO_DOCUMENT, title, paper,
                printers.printerFor(paper).orElse(""), false, java.time.Instant.now(), 0, null, null);
        PrintQueue.Attempt attempt = queue.submit(job, pdf).get(5, TimeUnit.MINUTES);
        return attempt.printed() ? new PrintOutcome(1, List.of()) : new PrintOutcome(0, List.of(attempt.job()));
    }
}
