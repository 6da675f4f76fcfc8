package org.yichuang.client.print;

import java.util.List;
import java.util.Objects;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.notice.Paper;

/**
 * State of the documents preview (文书预览): which of the case's documents is shown on which paper, its PDF once
 * fetched, and what the last command did. One immutable {@link State}, replaced whole; every slow step (fetching,
 * printing, saving) runs off the EDT through {@link BackgroundTasks}.
 */
public final class DocumentPreviewPresenter extends ObservableModel<DocumentPreviewPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    /**
     * What the preview shows.
     *
     * @param caseNo    the case
     * @param documents the case's documents, in order of issue
     * @param selected  index of the shown document
     * @param paper     the paper it is shown and printed on
     * @param pdf       the shown PDF, null while fetching
     * @param busy      true while a command runs
     * @param status    the last outcome in a sentence, or null
     */
    public record State(String caseNo, List<CaseDocumentView> documents, int selected, Paper paper, byte[] pdf,
            boolean busy, String status) {
        /** Copies the list. */
        public State {
            documents = List.copyOf(documents);
        }

        /** Returns the shown document, or null when the case has none. */
        public CaseDocumentView document() {
            return documents.isEmpty() ? null : documents.get(selected);
        }

        State with(int newSelected, Paper newPaper, byte[] newPdf) {
            return new State(caseNo, documents, newSelected, newPaper, newPdf, busy, status);
        }

        State busy(boolean value) {
            return new State(caseNo, documents, selected, paper, pdf, value, status);
        }

        State status(String value) {
            return new State(caseNo, documents, selected, paper, pdf, busy, value);
        }
    }

    private final DocumentPrinting printing;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UserPrompts prompts;
    private State state;

    /** Shows the case's first document on the paper it prints on at this counter. */
    public DocumentPreviewPresenter(String caseNo, List<CaseDocumentView> documents, DocumentPrinting printing,
            BackgroundTasks tasks, Messages messages, UserPrompts prompts) {
        this(caseNo, documents, 0, printing, tasks, messages, prompts);
    }

    /**
     * Shows the document at index {@code shown} (clamped to the list) on the paper it prints on at this counter.
     */
    public DocumentPreviewPresenter(String caseNo, List<CaseDocumentView> documents, int shown,
            DocumentPrinting printing, BackgroundTasks tasks, Messages messages, UserPrompts prompts) {
        this.printing = printing;
        this.tasks = tasks;
        this.messages = messages;
        this.prompts = prompts;
        int index = Math.max(0, Math.min(shown, documents.size() - 1));
        Paper paper = documents.isEmpty() ? Paper.A4 : printing.paperFor(documents.get(index));
        this.state = new State(caseNo, documents, index, paper, null, false, null);
    }

    public State state() {
        return state;
    }

    /** Fetches the shown document's PDF. */
    public void load() {
        CaseDocumentView doc = state.document();
        if (doc == null) {
            return;
        }
        int index = state.selected();
        Paper paper = state.paper();
        run(() -> printing.original(state.caseNo(), doc, paper), pdf -> {
            if (state.selected() == index && state.paper() == paper) {   // the clerk may have moved on meanwhile
                setState(state.with(index, paper, pdf));
            }
        });
    }

    /** Shows another document, on the paper it prints on here. */
    public void select(int index) {
        if (index == state.selected() || index < 0 || index >= state.documents().size()) {
            return;
        }
        setState(state.with(index, printing.paperFor(state.documents().get(index)), null));
        load();
    }

    /** Shows the document on another of its papers. */
    public void choosePaper(Paper paper) {
        CaseDocumentView doc = state.document();
        if (doc == null || paper == state.paper() || !doc.papers().contains(paper)) {
            return;
        }
        setState(state.with(state.selected(), paper, null));
        load();
    }

    /** Returns true when the shown document can be printed or saved now. */
    public boolean canOutput() {
        return state.pdf() != null && !state.busy();
    }

    /** Returns true when nothing runs (printing all needs no preview). */
    public boolean canPrintAll() {
        return !state.documents().isEmpty() && !state.busy();
    }

    /** Prints the shown document (the original) on the counter's printer for its paper. */
    public void print() {
        if (canOutput()) {
            printRequests(List.of(new DocumentPrinting.Request(state.document(), state.paper(), false, state.pdf())));
        }
    }

    /** Prints a 副本 of the shown document (rendered and counted by the server). */
    public void printCopy() {
        if (canOutput()) {
            printRequests(List.of(new DocumentPrinting.Request(state.document(), state.paper(), true, null)));
        }
    }

    /** Prints every document of the case, each on the paper it prints on here. */
    public void printAll() {
        if (canPrintAll()) {
            printRequests(state.documents().stream().map(d -> new DocumentPrinting.Request(d,
                    d.id() == state.document().id() ? state.paper() : printing.paperFor(d), false,
                    d.id() == state.document().id() ? state.pdf() : null)).toList());
        }
    }

    /** Saves the shown document as PDF where the clerk chooses. */
    public void save() {
        if (!canOutput()) {
            return;
        }
        CaseDocumentView doc = state.document();
        byte[] pdf = state.pdf();
        Paper paper = state.paper();
        String name = state.caseNo() + "-" + doc.title() + (paper == Paper.A4 ? "" : "-80mm") + ".pdf";
        prompts.chooseFile(messages.text("print.save.title"), name, "pdf").ifPresent(target -> run(
                () -> printing.save(state.caseNo(), doc, paper, pdf, target),
                written -> setState(state.status(messages.text("print.saved", written.toString())))));
    }

    private void printRequests(List<DocumentPrinting.Request> requests) {
        run(() -> printing.print(state.caseNo(), requests), outcome -> {
            setState(state.status(outcome.complete() ? messages.text("print.printed", outcome.printed())
                    : messages.text("print.queued", outcome.printed(), outcome.waiting().size())));
            printing.warnIfWaiting(outcome);
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        setState(state.busy(true));
        tasks.submit(work, result -> {
            setState(state.busy(false));
            onSuccess.accept(result);
        }, failure -> {
            setState(state.busy(false).status(messages.errorMessage(failure)));
        });
    }

    private void setState(State next) {
        State old = state;
        state = Objects.requireNonNull(next);
        fire(Property.STATE, old, next);
    }
}
