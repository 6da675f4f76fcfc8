package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * What each action writes besides the state, and the checks of its input (RULES.md §1, §6, §9). Runs inside the
 * transition's transaction on the locked row; a refusal throws before anything was written.
 */
final class TransitionEffects {
    static final int MAX_TEXT = 500;

    private final Handle handle;
    private LifecycleDao dao;
    private final CaseCalendar calendars;
    private final LifecycleRow row;
    private final ItemClock item;
    private final CaseTransitionRequest request;
    private final Long staffId;
    private final Instant now;

    TransitionEffects(Handle handle, CaseCalendar calendars, LifecycleRow row, ItemClock item,
            CaseTransitionRequest request, Long staffId, Instant now) {
        this.handle = handle;
        this.calendars = calendars;
        this.row = row;
        this.item = item;
        this.request = request;
        this.staffId = staffId;
        this.now = now;
    }

    /** Fills {@code change} for the action; writes the side tables (stops, extensions) only after every check. */
    void apply(CaseChange c) {
        LocalDate today = LocalDate.ofInstant(now, row.zone());
        switch (request.action()) {
            case ACCEPT -> acceptNow(c, now, AcceptanceBasis.NORMAL, today);
            case ACCEPT_DEFERRED -> acceptDeferred(c, today);
            case REQUEST_SUPPLEMENT -> requestSupplement(c, today);
            case CORRECT_ON_SPOT -> { }
            case DEEM_ACCEPTED -> acceptNow(c, row.receivedAt(), AcceptanceBasis.DEEMED, today);
            case DECIDE_ON_COMMITMENT -> {
                c.accept(now, AcceptanceBasis.COMMITMENT);
                c.decidedAt = now;
            }
            case COMPLETE_SUPPLEMENT -> {
                c.supplementCompletedAt = now;
                // a deferred acceptance keeps its acceptance and due dates; a 补正 is accepted now (Art. 32(5))
                if (row.state() != CaseState.ACCEPTED_DEFERRED) {
                    acceptNow(c, now, AcceptanceBasis.AFTER_SUPPLEMENT, today);
                }
            }
            case DECLARE_NOT_REQUIRED, DECLARE_NOT_COMPETENT, WITHDRAW, REJECT, REVOKE_ACCEPTANCE, TERMINATE -> {
                requireReason();
                c.decidedAt = now;
            }
            case START_REVIEW -> startReview(c);
            case EXTEND -> extend(c, today);
            case START_SPECIAL_PROCEDURE -> startProcedure(c, today);
            case END_SPECIAL_PROCEDURE -> endProcedure(c, today);
            case APPROVE, REFUSE -> decide(c);
            case DELIVER -> c.deliveredAt = now;
            default -> throw new IllegalStateException("no effect for " + request.action());
        }
        if (c.state.isFinal()) {
            c.currentStep = null;
            c.stepDueAt = null;
        }
    }

    /** Attached only by the actions that need the side tables (the hot path of acceptance does not). */
    private LifecycleDao dao() {
        if (dao == null) {
            dao = handle.attach(LifecycleDao.class);
        }
        return dao;
    }

    private CaseClocks currentClocks() {
        return new CaseClocks(calendars.current(), row.clockSettings(), row.zone());
    }

    /** The clocks a case's due dates were computed with: moving them keeps their calendar version. */
    private CaseClocks caseClocks() {
        return row.calendarVersion() == null ? currentClocks()
                : new CaseClocks(calendars.version(row.calendarVersion()), row.clockSettings(), row.zone());
    }

    /** Acceptance fixes both due dates from the item version's limits and the calendar in effect now. */
    private void acceptNow(CaseChange c, Instant at, AcceptanceBasis basis, LocalDate today) {
        c.accept(at, basis);
        CaseClocks clocks = currentClocks();
        c.setDues(clocks, clocks.dues(at, item, List.of(), List.of(), today));
    }

    private void acceptDeferred(CaseChange c, LocalDate today) {
        if (!item.deferralAllowed()) {
            throw new DomainException(ErrorCode.TRANSITION_NOT_ALLOWED, "本事项不适用容缺受理。");
        }
        LocalDate due = requireFutureDate(request.supplementDueOn(), today, "容缺材料补交期限");
        acceptNow(c, now, AcceptanceBasis.DEFERRED, today);
        Instant dueAt = currentClocks().endOf(due);
        // RULES.md §2.2: the deferred materials are due within the promised limit
        if (dueAt.isAfter(c.promisedDueAt)) {
            throw new DomainException(ErrorCode.TRANSITION_DATE_INVALID, "容缺材料补交期限不得晚于承诺办结期限。");
        }
        c.supplementDueAt = dueAt;
    }

    private void requestSupplement(CaseChange c, LocalDate today) {
        CaseClocks clocks = currentClocks();
        Instant noticeDue = row.supplementNoticeDueAt() != null ? row.supplementNoticeDueAt()
                : clocks.instant(clocks.noticeDue(row.receivedOn()));
        if (now.isAfter(noticeDue)) {
            throw new DomainException(ErrorCode.SUPPLEMENT_NOTICE_PERIOD_PASSED);
        }
        requireReason();
        LocalDate due = requireFutureDate(request.supplementDueOn(), today, "补正期限");
        c.supplementNoticeServedAt = now;
        c.supplementDueAt = clocks.endOf(due);
    }

    /** The first step with a limit (环节时限) starts now; without step limits the case has no step deadline. */
    private void startReview(CaseChange c) {
        for (Map.Entry<String, Integer> step : item.stepLimits().entrySet()) {
            if (step.getValue() != null && step.getValue() > 0) {
                c.currentStep = step.getKey();
                c.stepDueAt = currentClocks().stepDue(now, step.getValue());
                return;
            }
        }
    }

    private void extend(CaseChange c, LocalDate today) {
        requireReason();
        String approver = request.approver();
        Long approverId = approver == null || approver.isBlank() ? null
                : dao().supervisorId(approver.strip()).orElse(null);
        if (approverId == null) {
            throw new DomainException(ErrorCode.EXTENSION_APPROVER_INVALID);
        }
        if (row.extensions() >= item.maxExtensions()) {
            throw new DomainException(ErrorCode.EXTENSION_LIMIT_REACHED,
                    item.maxExtensions() == 0 ? "本事项不允许延长办理期限。"
                            : "本办件已延期" + row.extensions() + "次，本事项最多可延期" + item.maxExtensions() + "次。");
        }
        int days = request.workingDays() == null ? item.maxExtensionDays() : request.workingDays();
        if (days < 1) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST, "延长的工作日数应至少为1。");
        }
        if (days > item.maxExtensionDays()) {
            throw new DomainException(ErrorCode.EXTENSION_BEYOND_LEGAL_MAXIMUM, "每次延长不得超过"
                    + item.maxExtensionDays() + "个工作日（行政许可法第四十二条" + (item.jointHandling() ? "第二款" : "")
                    + "），本次申请" + days + "个工作日。");
        }
        dao().insertExtension(row.id(), days, request.reason().strip(), approverId, now, staffId);
        moveDues(c, today);
    }

    private void startProcedure(CaseChange c, LocalDate today) {
        if (request.kind() == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请选择特别程序。");
        }
        if (!item.stopsClock(request.kind())) {
            throw new DomainException(ErrorCode.SUSPENSION_KIND_NOT_ALLOWED, "本事项没有“"
                    + CatalogLabels.procedure(request.kind()) + "”特别程序，或该程序所需时间计入办理时限。");
        }
        requireReason();
        LocalDate start = request.startedOn() == null ? today : request.startedOn();
        LocalDate accepted = LocalDate.ofInstant(row.acceptedAt(), row.zone());
        if (start.isBefore(accepted) || start.isAfter(today)) {
            throw new DomainException(ErrorCode.SUSPENSION_DATES_INVALID,
                    "特别程序的开始日期应在受理日（" + accepted + "）与今天（" + today + "）之间。");
        }
        for (SuspensionRow earlier : dao().suspensions(row.id())) {
            // stops cover (start, end]: one may start on the day the previous one ended
            if (earlier.endedOn() == null || start.isBefore(earlier.endedOn())) {
                throw new DomainException(ErrorCode.SUSPENSION_OVERLAP, "特别程序（" + earlier.startedOn() + "至"
                        + (earlier.endedOn() == null ? "今" : earlier.endedOn()) + "）与开始日期" + start + "重叠。");
            }
        }
        dao().insertSuspension(row.id(), request.kind().name(), request.reason().strip(), start, staffId);
        moveDues(c, today);
    }

    private void endProcedure(CaseChange c, LocalDate today) {
        List<SuspensionRow> stops = dao().suspensions(row.id());
        SuspensionRow running = stops.stream().filter(s -> s.endedOn() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("special procedure without a running stop"));
        LocalDate end = request.endedOn() == null ? today : request.endedOn();
        if (end.isBefore(running.startedOn()) || end.isAfter(today)) {
            throw new DomainException(ErrorCode.SUSPENSION_DATES_INVALID,
                    "特别程序的结束日期应在开始日期（" + running.startedOn() + "）与今天（" + today + "）之间。");
        }
        dao().endSuspension(running.id(), end, staffId);
        moveDues(c, today);
    }

    /** 即办件 decided at the counter are accepted and decided in the same moment (Art. 34). */
    private void decide(CaseChange c) {
        if (request.action() == CaseAction.REFUSE) {
            requireReason();
        }
        if (row.acceptedAt() == null) {
            c.accept(now, AcceptanceBasis.NORMAL);
        }
        c.decidedAt = now;
    }

    /** Recomputes both due dates with the stored stops and extensions, on the case's own calendar version. */
    private void moveDues(CaseChange c, LocalDate today) {
        CaseClocks clocks = caseClocks();
        c.setDues(clocks, clocks.dues(row.acceptedAt(), item, dao().suspensions(row.id()), dao().extensions(row.id()),
                today));
    }

    private void requireReason() {
        String reason = request.reason();
        if (reason == null || reason.isBlank()) {
            throw new DomainException(ErrorCode.TRANSITION_REASON_REQUIRED,
                    "“" + request.action().label() + "”须填写理由。");
        }
        if (reason.length() > MAX_TEXT) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, "理由不能超过" + MAX_TEXT + "个字。");
        }
    }

    private static LocalDate requireFutureDate(LocalDate date, LocalDate today, String label) {
        if (date == null) {
            throw new DomainException(ErrorCode.TRANSITION_DATE_INVALID, "请填写" + label + "。");
        }
        if (!date.isAfter(today)) {
            throw new DomainException(ErrorCode.TRANSITION_DATE_INVALID, label + "应晚于今天（" + today + "）。");
        }
        return date;
    }
}
