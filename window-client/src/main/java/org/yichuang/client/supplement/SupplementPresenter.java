package org.yichuang.client.supplement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.api.CaseIntakeView;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.SupplementSubmission;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.intake.OutstandingMaterial;

/**
 * State of the 补正/补齐 screen (issue 10 item 6): the case found by its number (scanned from the receipt's Code 128
 * barcode, which types the number and Enter, or typed), its outstanding materials, what the clerk ticks as brought,
 * and the submission. The server decides whether the case moves on (受理 after a complete 补正, 材料补齐 after 容缺);
 * the documents it issues with the supplement are handed to {@code onIssued} for the preview. Holds no widgets.
 */
public final class SupplementPresenter extends ObservableModel<SupplementPresenter.Property> {
    /** Observable properties. */
    public enum Property { CASE, LINES, MESSAGE, BUSY }

    /**
     * The case on screen.
     *
     * @param applicant the name and the masked document number (the screen faces the applicant)
     * @param dueOn     补正/补齐期限
     * @param earlier   ids of the documents issued before (the preview shows only what this supplement issues)
     */
    public record Found(String caseNo, String itemName, String applicant, CaseState state, LocalDate dueOn,
            Set<Long> earlier) {
    }

    /** What the server said after a submission: the new state and whether anything is still outstanding. */
    public record Done(String caseNo, CaseState state, String stateLabel, int stillOutstanding) {
    }

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<String> keys;
    private final BiConsumer<String, List<CaseDocumentView>> onIssued;
    private Found found;
    private List<SupplementLine> lines = List.of();
    private String message;
    private boolean busy;
    /** One key per attempt, kept until the server answers, so a retried submission is recorded once. */
    private String pendingKey;

    /**
     * @param keys     makes idempotency keys (提交编号)
     * @param onIssued runs on the EDT with the case number and the documents the supplement issued
     */
    public SupplementPresenter(HallApi api, BackgroundTasks tasks, Messages messages, Supplier<String> keys,
            BiConsumer<String, List<CaseDocumentView>> onIssued) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.keys = keys;
        this.onIssued = onIssued;
    }

    /**
     * Finds the case of a number as scanned or typed: what a barcode scanner adds (spaces, control characters) is
     * dropped and letters are upper case, as case numbers are.
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Looks the case up (off the EDT) and shows its outstanding materials, or says why there are none. */
    public void load(String typed) {
        String caseNo = normalise(typed);
        if (caseNo.isEmpty()) {
            setMessage(messages.text("supplement.message.enterCase"));
            return;
        }
        clearCase();
        setBusy(true);
        tasks.submit(() -> {
            CaseLifecycleView life = api.caseLifecycle(caseNo);
            boolean waits = (life.state() == CaseState.NEEDS_SUPPLEMENT || life.state() == CaseState.ACCEPTED_DEFERRED)
                    && life.supplementCompletedAt() == null;
            if (!waits) {
                return new Lookup(null, null, null, life);
            }
            CaseReceipt receipt = api.getCase(caseNo);
            CaseIntakeView intake = api.caseIntake(caseNo);
            List<CaseDocumentView> documents = api.caseDocuments(caseNo);
            return new Lookup(receipt, intake, documents, life);
        }, this::show, failure -> {
            setBusy(false);
            setMessage(failure instanceof DomainException d ? d.getMessage()
                    : messages.text("supplement.message.failed"));
        });
    }

    private record Lookup(CaseReceipt receipt, CaseIntakeView intake, List<CaseDocumentView> documents,
            CaseLifecycleView life) {
    }

    private void show(Lookup l) {
        setBusy(false);
        if (l.intake() == null) {
            setMessage(messages.text("supplement.message.nothingOutstanding", l.life().caseNo(), l.life().stateLabel()));
            return;
        }
        Found old = found;
        found = new Found(l.receipt().caseNo(), l.receipt().itemName(), l.receipt().applicantName() + " "
                + nullToEmpty(l.receipt().applicantIdNumberMasked()), l.life().state(), l.intake().supplementDueOn(),
                l.documents().stream().map(CaseDocumentView::id).collect(Collectors.toUnmodifiableSet()));
        pendingKey = null;
        fire(Property.CASE, old, found);
        setLines(l.intake().outstanding().stream()
                .map(o -> SupplementLine.outstanding(o.name(), o.status(), problemOf(o))).toList());
        setMessage(messages.text(l.life().state() == CaseState.ACCEPTED_DEFERRED ? "supplement.message.deferred"
                : "supplement.message.notice", lines.size(), found.dueOn() == null ? "—" : found.dueOn()));
    }

    private static String problemOf(OutstandingMaterial o) {
        return o.problem();
    }

    /** Space: brought / not brought. */
    public void toggleBrought(int row) {
        change(row, lines.get(row).withBrought(!lines.get(row).brought()));
    }

    /** C: 纸质 → 共享获取 → 电子 (ticks it brought). */
    public void cycleChannel(int row) {
        change(row, lines.get(row).withNextChannel().withBrought(true));
    }

    /** V: the original was checked and handed back. */
    public void toggleOriginalVerified(int row) {
        change(row, lines.get(row).withOriginalVerified(!lines.get(row).originalVerified()));
    }

    /** Ctrl+A: every outstanding material brought (on paper unless set otherwise). */
    public void bringAll() {
        setLines(lines.stream().map(l -> l.withBrought(true)).toList());
    }

    /** Sets the counts of a line (F2 in the table). */
    public void setCounts(int row, int originals, int copies, int pages) {
        change(row, lines.get(row).withCounts(originals, copies, pages));
    }

    /** F9: records what was brought; the server moves the case on when nothing is outstanding any more. */
    public void submit() {
        if (found == null || busy) {
            return;
        }
        List<SupplementLine> brought = lines.stream().filter(SupplementLine::brought).toList();
        if (brought.isEmpty()) {
            setMessage(messages.text("supplement.message.nothingTicked"));
            return;
        }
        if (pendingKey == null) {
            pendingKey = keys.get();
        }
        Found sent = found;
        SupplementSubmission submission = new SupplementSubmission(pendingKey, null,
                brought.stream().map(SupplementLine::check).toList());
        setBusy(true);
        tasks.submit(() -> {
            CaseLifecycleView after = api.submitSupplement(sent.caseNo(), submission);
            List<CaseDocumentView> issued = api.caseDocuments(sent.caseNo()).stream()
                    .filter(d -> !sent.earlier().contains(d.id())).toList();
            return new Submitted(after, issued);
        }, s -> {
            pendingKey = null;
            setBusy(false);
            int left = lines.size() - brought.size();
            setLines(lines.stream().filter(l -> !l.brought()).toList());
            Found old = found;
            found = new Found(sent.caseNo(), sent.itemName(), sent.applicant(), s.after().state(), sent.dueOn(),
                    java.util.stream.Stream.concat(sent.earlier().stream(), s.issued().stream()
                            .map(CaseDocumentView::id)).collect(Collectors.toUnmodifiableSet()));
            fire(Property.CASE, old, found);
            setMessage(left == 0 ? messages.text("supplement.message.complete", s.after().stateLabel())
                    : messages.text("supplement.message.partial", brought.size(), left));
            if (!s.issued().isEmpty()) {
                onIssued.accept(sent.caseNo(), s.issued());
            }
        }, failure -> {
            setBusy(false);
            // a refusal keeps every tick; a new key only for a changed submission (the server compares content)
            if (failure instanceof DomainException d) {
                pendingKey = null;
                setMessage(d.getMessage());
            } else {
                setMessage(messages.text("supplement.message.failed"));
            }
        });
    }

    private record Submitted(CaseLifecycleView after, List<CaseDocumentView> issued) {
    }

    /** F12: nothing of this applicant stays on screen. */
    public void clear() {
        clearCase();
        setMessage(null);
    }

    private void clearCase() {
        Found old = found;
        found = null;
        pendingKey = null;
        fire(Property.CASE, old, null);
        setLines(List.of());
    }

    /** Returns the case on screen, or null. */
    public Found found() {
        return found;
    }

    /** Returns the outstanding materials with the clerk's ticks. */
    public List<SupplementLine> lines() {
        return lines;
    }

    /** Returns the status line (what was found, what the server said), or null. */
    public String message() {
        return message;
    }

    /** Returns true while the server is asked. */
    public boolean busy() {
        return busy;
    }

    private void change(int row, SupplementLine line) {
        if (row < 0 || row >= lines.size()) {
            return;
        }
        List<SupplementLine> next = new java.util.ArrayList<>(lines);
        next.set(row, line);
        setLines(List.copyOf(next));
    }

    private void setLines(List<SupplementLine> value) {
        List<SupplementLine> old = lines;
        lines = value;
        fire(Property.LINES, old, value);
    }

    private void setMessage(String value) {
        String old = message;
        message = value;
        fire(Property.MESSAGE, old, value);
    }

    private void setBusy(boolean value) {
        boolean old = busy;
        busy = value;
        fire(Property.BUSY, old, value);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
