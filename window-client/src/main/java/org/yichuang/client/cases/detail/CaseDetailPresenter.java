package org.yichuang.client.cases.detail;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * One case's detail (办件详情): loads the lifecycle and the 期限说明, and takes the transitions the server allows now,
 * each with a fresh idempotency key (提交编号). A refusal shows the server's Chinese message and says which field
 * needs the clerk's attention.
 */
public final class CaseDetailPresenter extends ObservableModel<CaseDetailPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE, BUSY }

    private static final CaseAction SUSPEND = CaseAction.START_SPECIAL_PROCEDURE;
    private static final CaseAction RESUME = CaseAction.END_SPECIAL_PROCEDURE;

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<String> keys;
    private final Consumer<CaseLifecycleView> onChanged;
    private final String caseNo;
    private CaseDetailState state;
    private int inFlight;

    /**
     * Creates the detail of {@code caseNo}; {@code keys} makes idempotency keys, {@code today} the default dates,
     * {@code onChanged} is told after every transition taken (the list reloads).
     */
    public CaseDetailPresenter(HallApi api, BackgroundTasks tasks, Messages messages, Supplier<String> keys,
            Supplier<LocalDate> today, String caseNo, Consumer<CaseLifecycleView> onChanged) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.keys = keys;
        this.caseNo = caseNo;
        this.onChanged = onChanged;
        this.state = new CaseDetailState(null, null, TransitionForm.empty(today.get().toString()), null,
                FormField.NONE, null, null);
    }

    /** Returns the case number (办件编号). */
    public String caseNo() {
        return caseNo;
    }

    /** Returns what the pane shows. */
    public CaseDetailState state() {
        return state;
    }

    /** Returns true while a load or a transition runs. */
    public boolean isBusy() {
        return inFlight > 0;
    }

    /** Returns true when {@code action} may be taken now (the server allows it and nothing runs). */
    public boolean canTake(CaseAction action) {
        return !isBusy() && state.allows(action);
    }

    /** Loads the lifecycle and the explanation. */
    public void load() {
        started();
        tasks.submit(() -> api.caseLifecycle(caseNo), view -> {
            ended();
            setState(state.withView(view));
            loadExplanation();
            loadTicket();
        }, this::failed);
    }

    /**
     * issue 12: the queue ticket the case was received for and how long it waited, read once from the case itself
     * ({@code GET /api/cases/{caseNo}}; the lifecycle carries no ticket). Only the ticket is kept, not the applicant.
     */
    private void loadTicket() {
        if (ticketAsked) {
            return;
        }
        ticketAsked = true;
        started();
        tasks.submit(() -> api.getCase(caseNo), receipt -> {
            ended();
            setState(state.withTicket(ticketText(messages, receipt.ticketNumber(), receipt.ticketWaitSeconds())));
        }, failure -> {
            // the ticket line is a detail of the case, not its legal life: a failed read leaves the line empty and
            // the lifecycle (loaded already, with its own error handling) usable
            ended();
        });
    }

    /** Returns {@code 取号 A012 · 等候 12 分钟}, {@code 取号 A012} before a wait is known, or null without a ticket. */
    static String ticketText(Messages messages, String number, Long waitSeconds) {
        if (number == null || number.isBlank()) {
            return null;
        }
        if (waitSeconds == null) {
            return messages.text("caseDetail.ticket", number);
        }
        return waitSeconds < 60 ? messages.text("caseDetail.ticket.waitedUnderAMinute", number)
                : messages.text("caseDetail.ticket.waited", number, Math.round(waitSeconds / 60.0));
    }

    private void loadExplanation() {
        started();
        tasks.submit(() -> api.deadlineExplanation(caseNo), explanation -> {
            ended();
            setState(state.withExplanation(explanation));
        }, this::failed);
    }

    private void failed(Throwable failure) {
        ended();
        setState(state.withError(messages.errorMessage(failure), FormField.NONE, null));
    }

    /** Sets the special procedure kind (特别程序种类) of a suspension. */
    public void setKind(SpecialProcedureKind kind) {
        setState(state.withForm(state.form().withKind(kind)));
    }

    /** Sets the reason (理由). */
    public void setReason(String reason) {
        setState(state.withForm(state.form().withReason(reason)));
    }

    /** Sets the suspension's first day (暂停开始日期), ISO text. */
    public void setStartedOn(String text) {
        setState(state.withForm(state.form().withStartedOn(text)));
    }

    /** Sets the suspension's last day (恢复日期), ISO text. */
    public void setEndedOn(String text) {
        setState(state.withForm(state.form().withEndedOn(text)));
    }

    /** Sets the 负责人 who approved an extension. */
    public void setApprover(String approver) {
        setState(state.withForm(state.form().withApprover(approver)));
    }

    /** Sets the extension's working days (blank = the item's default). */
    public void setWorkingDays(String text) {
        setState(state.withForm(state.form().withWorkingDays(text)));
    }

    /** Takes {@code action} with the form's inputs and a fresh idempotency key; off the EDT. */
    public void take(CaseAction action) {
        if (!canTake(action)) {
            return;
        }
        TransitionForm f = state.form();
        CaseTransitionRequest command;
        try {
            LocalDate startedOn = action == SUSPEND ? date(f.startedOn(), FormField.STARTED_ON) : null;
            LocalDate endedOn = action == RESUME ? date(f.endedOn(), FormField.ENDED_ON) : null;
            Integer days = action == CaseAction.EXTEND ? workingDays(f.workingDays()) : null;
            // a key only for what is really sent: each press that reaches the server is a new submission
            // the state version read: a case someone else moved meanwhile is refused, not overwritten
            command = new CaseTransitionRequest(action, keys.get(), state.view().stateVersion(),
                    blankToNull(f.reason()), action == SUSPEND ? f.kind() : null, startedOn, endedOn,
                    action == CaseAction.EXTEND ? blankToNull(f.approver()) : null, days, null, null);
        } catch (BadInput bad) {
            setState(state.withError(bad.getMessage(), bad.field, action));
            return;
        }
        setState(state.withError(null, FormField.NONE, action));
        started();
        tasks.submit(() -> api.transition(caseNo, command), view -> {
            ended();
            TransitionForm cleared = state.form().withReason("").withApprover("").withWorkingDays("");
            setState(state.withView(view).withForm(cleared));
            onChanged.accept(view);
            loadExplanation();
        }, failure -> {
            ended();
            setState(state.withError(messages.errorMessage(failure), fieldOf(action, failure), action));
            if (failure instanceof DomainException d && (d.code() == ErrorCode.CASE_STATE_VERSION_CONFLICT
                    || d.code() == ErrorCode.TRANSITION_NOT_ALLOWED)) {
                reloadView();   // someone else moved the case: show where it is now, keep the message
            }
        });
    }

    private void reloadView() {
        started();
        tasks.submit(() -> api.caseLifecycle(caseNo), view -> {
            ended();
            setState(state.withView(view));
        }, failure -> ended());
    }

    /** Where the clerk must look after {@code failure}: the field a problem names, else the action's main input. */
    static FormField fieldOf(CaseAction action, Throwable failure) {
        if (failure instanceof DomainException d) {
            for (Problem p : d.problems()) {
                FormField f = byName(p.field());
                if (f != FormField.NONE) {
                    return f;
                }
            }
            String code = d.code().name();
            if (code.contains("APPROVER")) {
                return FormField.APPROVER;
            }
            if (code.contains("REASON")) {
                return FormField.REASON;
            }
            if (code.contains("KIND") || code.contains("PROCEDURE")) {
                return FormField.KIND;
            }
            if (code.contains("SUSPENSION") || code.contains("CLOCK_STOP") || code.contains("DATE")) {
                return action == RESUME ? FormField.ENDED_ON : FormField.STARTED_ON;
            }
            if (code.contains("EXTENSION")) {
                return FormField.WORKING_DAYS;
            }
        }
        return switch (action) {
            case START_SPECIAL_PROCEDURE -> FormField.KIND;
            case END_SPECIAL_PROCEDURE -> FormField.ENDED_ON;
            case EXTEND -> FormField.APPROVER;
            case REFUSE, WITHDRAW, REJECT, TERMINATE, REVOKE_ACCEPTANCE, REQUEST_SUPPLEMENT -> FormField.REASON;
            default -> FormField.NONE;
        };
    }

    private static FormField byName(String field) {
        if (field == null) {
            return FormField.NONE;
        }
        return switch (field.replace("_", "").toLowerCase(Locale.ROOT)) {
            case "kind" -> FormField.KIND;
            case "reason" -> FormField.REASON;
            case "startedon" -> FormField.STARTED_ON;
            case "endedon" -> FormField.ENDED_ON;
            case "approver" -> FormField.APPROVER;
            case "workingdays" -> FormField.WORKING_DAYS;
            default -> FormField.NONE;
        };
    }

    private LocalDate date(String text, FormField field) throws BadInput {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInput(messages.text("case.form.badDate"), field);
        }
    }

    private Integer workingDays(String text) throws BadInput {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new BadInput(messages.text("case.form.badWorkingDays"), FormField.WORKING_DAYS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void setState(CaseDetailState next) {
        CaseDetailState old = state;
        state = next;
        fire(Property.STATE, old, next);
    }

    private boolean ticketAsked;

    private void started() {
        if (inFlight++ == 0) {
            fire(Property.BUSY, false, true);
        }
    }

    private void ended() {
        if (--inFlight == 0) {
            fire(Property.BUSY, true, false);
        }
    }

    /** Input the client can tell is wrong before asking the server (an impossible date). */
    private static final class BadInput extends Exception {
        private final FormField field;

        BadInput(String message, FormField field) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
