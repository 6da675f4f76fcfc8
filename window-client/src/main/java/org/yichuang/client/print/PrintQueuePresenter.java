package org.yichuang.client.print;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.printer.PrinterStatus;

/**
 * State of the print queue dialog (打印队列): the waiting jobs with their reasons, the selected one, and what the
 * last command did. The queue's news arrive on its own thread and are handed to the EDT through {@code edt}.
 */
public final class PrintQueuePresenter extends ObservableModel<PrintQueuePresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    /**
     * What the dialog shows.
     *
     * @param jobs     waiting jobs, oldest first
     * @param selected index of the selected job, or -1
     * @param busy     true while a command runs
     * @param status   the last outcome in a sentence, or null
     * @param a4Printer      the counter's A4 printer as chosen, or null (the system default)
     * @param receiptPrinter the counter's 80 mm printer as chosen, or null (none)
     */
    public record State(List<PrintJob> jobs, int selected, boolean busy, String status, String a4Printer,
            String receiptPrinter) {
        /** Copies the list; keeps the selection inside it. */
        public State {
            jobs = List.copyOf(jobs);
            selected = selected >= jobs.size() ? jobs.size() - 1 : selected;
        }

        /** Returns the selected job, or null. */
        public PrintJob selectedJob() {
            return selected < 0 ? null : jobs.get(selected);
        }
    }

    private final PrintQueue queue;
    private final CounterPrinters printers;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private final Supplier<List<PrinterStatus>> systemPrinters;
    private final PrintQueue.Listener listener;
    private State state;

    /** Follows {@code queue} until {@link #dispose()}. */
    public PrintQueuePresenter(PrintQueue queue, CounterPrinters printers, BackgroundTasks tasks, Messages messages,
            UserPrompts prompts, Executor edt, Supplier<List<PrinterStatus>> systemPrinters) {
        this.queue = queue;
        this.printers = printers;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
        this.systemPrinters = systemPrinters;
        this.listener = jobs -> edt.execute(() -> showJobs(jobs));
        this.state = new State(List.of(), -1, false, null, printers.configured(Paper.A4).orElse(null),
                printers.configured(Paper.RECEIPT_80MM).orElse(null));
        queue.addListener(listener);
    }

    /** Stops following the queue; call when the dialog closes. */
    public void dispose() {
        queue.removeListener(listener);
    }

    public State state() {
        return state;
    }

    /** Reads the waiting jobs from disk and the counter's printers from the settings. */
    public void refresh() {
        setState(new State(state.jobs(), state.selected(), state.busy(), state.status(),
                printers.configured(Paper.A4).orElse(null), printers.configured(Paper.RECEIPT_80MM).orElse(null)));
        run(queue::waiting, this::showJobs);
    }

    /** Selects a job (-1 for none). */
    public void select(int index) {
        setState(next(state.jobs(), index, state.busy(), state.status()));
    }

    /** Returns true when a job is selected and nothing runs. */
    public boolean canActOnSelected() {
        return state.selectedJob() != null && !state.busy();
    }

    /** Returns true when jobs wait and nothing runs. */
    public boolean canRetryAll() {
        return !state.jobs().isEmpty() && !state.busy();
    }

    /** Tries the selected job now. */
    public void retrySelected() {
        PrintJob job = state.selectedJob();
        if (job == null || state.busy()) {
            return;
        }
        run(() -> queue.retry(job.id()).get(5, TimeUnit.MINUTES), attempt -> setStatus(attempt == null ? null
                : attempt.printed() ? messages.text("print.queue.printed", attempt.job().title(), attempt.job().printer())
                : attempt.problem()));
    }

    /** Tries every waiting job now. */
    public void retryAll() {
        if (!canRetryAll()) {
            return;
        }
        run(() -> queue.retryAll().get(5, TimeUnit.MINUTES), attempts -> {
            long printed = attempts.stream().filter(PrintQueue.Attempt::printed).count();
            setStatus(messages.text("print.queue.retried", printed, attempts.size() - printed));
        });
    }

    /** Discards the selected job after the clerk confirms: that paper will not be printed. */
    public void discardSelected() {
        PrintJob job = state.selectedJob();
        if (job == null || state.busy() || !prompts.confirm(messages.text("print.queue.discard.title"),
                messages.text("print.queue.discard.message", job.caseNo(), job.title()))) {
            return;
        }
        run(() -> queue.discard(job.id()).get(1, TimeUnit.MINUTES), done -> setStatus(
                messages.text("print.queue.discarded", job.caseNo(), job.title())));
    }

    /** Lets the clerk choose the counter's printer for {@code paper}; waiting jobs on that paper follow it. */
    public void choosePrinter(Paper paper) {
        if (state.busy()) {
            return;
        }
        run(systemPrinters::get, list -> {
            if (list.isEmpty()) {
                prompts.warn(messages.text("preview.printer.title"), messages.text("preview.printer.none"));
                return;
            }
            List<String> labels = list.stream().map(p -> messages.text("preview.printer.choice", p.name(),
                    p.summary())).toList();
            String current = printers.configured(paper).orElse(null);
            int at = 0;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).name().equals(current)) {
                    at = i;
                }
            }
            prompts.choose(messages.text("print.printer.title", paper.label()),
                    messages.text("print.printer.message", paper.label()), labels, labels.get(at))
                    .map(labels::indexOf).filter(i -> i >= 0).ifPresent(i -> {
                        printers.set(paper, list.get(i).name());
                        setState(new State(state.jobs(), state.selected(), state.busy(), state.status(),
                                printers.configured(Paper.A4).orElse(null),
                                printers.configured(Paper.RECEIPT_80MM).orElse(null)));
                        setStatus(messages.text("print.printer.chosen", paper.label(), list.get(i).name()));
                    });
        });
    }

    private void showJobs(List<PrintJob> jobs) {
        PrintJob was = state.selectedJob();
        int selected = -1;
        for (int i = 0; i < jobs.size(); i++) {
            if (was != null && jobs.get(i).id().equals(was.id())) {
                selected = i;
            }
        }
        if (selected < 0 && !jobs.isEmpty()) {
            selected = 0;
        }
        setState(next(jobs, selected, state.busy(), state.status()));
    }

    /** Returns a state with the same printers. */
    private State next(List<PrintJob> jobs, int selected, boolean busy, String status) {
        return new State(jobs, selected, busy, status, state.a4Printer(), state.receiptPrinter());
    }

    private void setStatus(String status) {
        setState(next(state.jobs(), state.selected(), state.busy(), status));
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        setState(next(state.jobs(), state.selected(), true, state.status()));
        tasks.submit(work, result -> {
            setState(next(state.jobs(), state.selected(), false, state.status()));
            onSuccess.accept(result);
        }, failure -> setState(next(state.jobs(), state.selected(), false, messages.errorMessage(failure))));
    }

    private void setState(State next) {
        State old = state;
        state = Objects.requireNonNull(next);
        fire(Property.STATE, old, next);
    }
}
