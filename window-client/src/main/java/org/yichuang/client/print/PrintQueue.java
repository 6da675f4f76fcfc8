package org.yichuang.client.print;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.error.DomainException;

/**
 * The client's print queue (打印队列): every paper goes through it, so none is lost when a printer is offline,
 * stopped, unknown or refuses the job. A job is written to disk <em>before</em> it is sent and removed only after
 * the print system took it; a client killed in between finds it again at the next start (at worst the paper prints
 * twice, never not at all). Failed jobs are retried every {@code retryEvery} and on demand, and the clerk may
 * discard one.
 *
 * <p>All attempts run on one thread of the queue's own, so a job is never sent twice at once and the EDT never
 * waits on a printer or the server. Listeners are told on that thread.
 */
public final class PrintQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PrintQueue.class);

    /** Told after every change of the waiting jobs, on the queue's thread. */
    @FunctionalInterface
    public interface Listener {
        void jobsChanged(List<PrintJob> waiting);
    }

    /**
     * What one attempt did.
     *
     * @param job     the job as it stands after the attempt
     * @param printed true when the print system took it (it left the queue)
     * @param route   how it was sent, or null when not printed
     */
    public record Attempt(PrintJob job, boolean printed, PdfPrinter.Route route) {
        /** Returns why it did not print, in Chinese, or null. */
        public String problem() {
            return printed ? null : job.problem();
        }
    }

    private final PrintQueueStore store;
    private final PdfPrinter printer;
    private final DocumentSource documents;
    private final Function<PrintJob, Optional<String>> currentPrinter;
    private final Clock clock;
    private final ScheduledExecutorService worker;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Ids this queue sent, touched on the worker thread only: tells a late attempt that its job already printed. */
    private final java.util.Set<String> sent = new java.util.HashSet<>();
    private ScheduledFuture<?> retrying;

    /**
     * @param currentPrinter where a job's paper prints at this counter now ({@link CounterPrinters#printerFor}): a
     *                       queued job follows the clerk when she chooses a working printer; empty keeps the job's
     */
    public PrintQueue(PrintQueueStore store, PdfPrinter printer, DocumentSource documents,
            Function<PrintJob, Optional<String>> currentPrinter, Clock clock) {
        this.store = store;
        this.printer = printer;
        this.documents = documents;
        this.currentPrinter = currentPrinter;
        this.clock = clock;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "yichuang-print-queue");
            t.setDaemon(true);   // a print that hangs in the driver must not keep the client from exiting
            return t;
        });
    }

    /** Retries the waiting jobs every {@code every}, the first time at once (jobs left by a killed client). */
    public synchronized void startRetrying(Duration every) {
        if (retrying == null) {
            retrying = worker.scheduleWithFixedDelay(this::retryWaiting, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Returns the jobs waiting on disk, oldest first. */
    public List<PrintJob> waiting() {
        return store.jobs();
    }

    /** Returns the queue's directory. */
    public java.nio.file.Path directory() {
        return store.directory();
    }

    /**
     * Stores the job with its PDF, then tries to print it once. The future never fails for a printer problem: the
     * attempt says it did not print, and the job waits in the queue.
     */
    public CompletableFuture<Attempt> submit(PrintJob job, byte[] pdf) {
        store.save(job, pdf);   // on the caller's thread: once this returns, the paper cannot be lost
        notifyListeners();
        // a scheduled retry may run first and send it; then this attempt must not send it again
        return CompletableFuture.supplyAsync(() -> store.jobs().stream().filter(j -> j.id().equals(job.id()))
                .findFirst().map(this::attempt).orElseGet(() -> sent.contains(job.id())
                        ? new Attempt(job, true, null)
                        : new Attempt(job.failed("打印任务已被丢弃。", clock.instant()), false, null)), worker);
    }

    /** Tries one waiting job now. */
    public CompletableFuture<Attempt> retry(String id) {
        return CompletableFuture.supplyAsync(() -> store.jobs().stream().filter(j -> j.id().equals(id)).findFirst()
                .map(this::attempt).orElse(null), worker);
    }

    /** Tries every waiting job now, oldest first. */
    public CompletableFuture<List<Attempt>> retryAll() {
        return CompletableFuture.supplyAsync(this::retryWaiting, worker);
    }

    /** Drops a job the clerk no longer wants printed. */
    public CompletableFuture<Void> discard(String id) {
        return CompletableFuture.runAsync(() -> {
            store.remove(id);
            notifyListeners();
        }, worker);
    }

    private List<Attempt> retryWaiting() {
        List<Attempt> attempts = new ArrayList<>();
        try {
            for (PrintJob job : store.jobs()) {
                attempts.add(attempt(job));
            }
        } catch (RuntimeException e) {
            LOG.warn("print queue retry failed", e);   // the schedule must survive a bad disk moment
        }
        return attempts;
    }

    /** One attempt; on the worker thread. */
    private Attempt attempt(PrintJob queued) {
        PrintJob job = currentPrinter.apply(queued).filter(p -> !p.equals(queued.printer())).map(queued::on)
                .orElse(queued);
        try {
            byte[] pdf = store.pdf(job.id()).orElse(null);
            if (pdf == null) {
                if (!job.refetchable()) {
                    return failed(job, "文书“" + job.title() + "”的 PDF 已不在本机，且服务器上没有存档，请丢弃后重新生成。");
                }
                printer.checkReady(job.printer(), job.paper());   // fetch only when it could print now
                pdf = documents.pdf(job.caseNo(), job.documentId(), job.paper(), job.copy());
                store.putPdf(job.id(), pdf);
            }
            PdfPrinter.Route route = printer.print(pdf, job.printer(), job.paper(), job.jobName());
            store.remove(job.id());
            sent.add(job.id());
            LOG.info("print job {} sent to {} ({})", job.id(), job.printer(), route);
            notifyListeners();
            return new Attempt(job, true, route);
        } catch (DomainException e) {
            return failed(job, e.getMessage());
        } catch (Exception e) {
            return failed(job, "无法取得文书“" + job.title() + "”：" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private Attempt failed(PrintJob job, String why) {
        PrintJob next = job.failed(why, clock.instant());
        store.update(next);
        notifyListeners();
        return new Attempt(next, false, null);
    }

    private void notifyListeners() {
        if (listeners.isEmpty()) {
            return;
        }
        List<PrintJob> now = store.jobs();
        for (Listener l : listeners) {
            l.jobsChanged(now);
        }
    }

    /** Stops retrying; waiting jobs stay on disk for the next start. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
