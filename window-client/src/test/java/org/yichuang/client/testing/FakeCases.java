package org.yichuang.client.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.yichuang.core.api.AlertSubscription;
import org.yichuang.core.api.CaseActionOption;
import org.yichuang.core.api.CaseAlertEvent;
import org.yichuang.core.api.CaseDeadlineExplanation;
import org.yichuang.core.api.CaseDeadlineExplanations;
import org.yichuang.core.api.CaseDueDate;
import org.yichuang.core.api.CaseExtensionView;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseListPage;
import org.yichuang.core.api.CaseListQuery;
import org.yichuang.core.api.CaseListRow;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.CaseSuspensionView;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.calendar.ClockExtension;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.ClockStop;
import org.yichuang.core.calendar.Deadline;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseActor;
import org.yichuang.core.cases.CaseSituation;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.cases.CaseTransitions;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.staff.Role;
import org.yichuang.core.supervision.AlertLevel;

/**
 * The case lifecycle of {@link FakeHallApi}, standing on the real rules of {@code core}: the transition table, the
 * shipped calendar and the one due-date computation. Alerts are pushed by the test ({@link #pushAlert}).
 */
final class FakeCases {
    private static final TimeLimit STATUTORY = TimeLimit.workingDays(20);
    private final Clock clock;
    private final ZoneId zone;
    private final DeadlineCalculator calculator = new DeadlineCalculator(ShippedCalendar.calendar(),
            ClockSettings.standard());
    private final Map<String, Life> lives = new LinkedHashMap<>();
    private final Map<String, CaseLifecycleView> answered = new HashMap<>();
    private final List<AlertSubscription.Listener> subscribers = new CopyOnWriteArrayList<>();
    private final List<String> lastEventIds = new CopyOnWriteArrayList<>();
    private int eventId;

    /** Mutable state of one fake case. */
    private static final class Life {
        final CaseReceipt receipt;
        CaseState state = CaseState.RECEIVED;
        int version;
        Instant acceptedAt;
        AcceptanceBasis basis;
        AlertLevel level = AlertLevel.NONE;
        final List<CaseSuspensionView> stops = new ArrayList<>();
        final List<CaseExtensionView> extensions = new ArrayList<>();

        Life(CaseReceipt receipt) {
            this.receipt = receipt;
        }
    }

    FakeCases(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    synchronized void received(CaseReceipt receipt) {
        lives.put(receipt.caseNo(), new Life(receipt));
    }

    synchronized CaseListPage list(CaseListQuery q, String staffName) {
        List<CaseListRow> rows = new ArrayList<>();
        Map<AlertLevel, Long> counts = new LinkedHashMap<>();
        for (AlertLevel l : AlertLevel.values()) {
            counts.put(l, 0L);
        }
        for (Life l : lives.values()) {
            if (CaseListQuery.MINE.equals(q.scope()) && !l.receipt.staffName().equals(staffName)
                    || q.state() != null && !q.state().equals(l.state.name())
                    || q.item() != null && !q.item().equals(l.receipt.itemCode())) {
                continue;
            }
            counts.merge(l.level, 1L, Long::sum);
            if (q.level() == null || q.level().equals(l.level.name())) {
                rows.add(row(l));
            }
        }
        // pages as the server does: the total counts every matching case, the rows are the page's slice
        int from = (int) Math.min(rows.size(), (long) q.page() * q.size());
        int to = (int) Math.min(rows.size(), (long) from + q.size());
        return new CaseListPage(rows.subList(from, to), q.page(), q.size(), rows.size(), counts);
    }

    private CaseListRow row(Life l) {
        CaseDueDate promised = dueDate(promised(l));
        return new CaseListRow(l.receipt.caseNo(), l.receipt.itemCode(), l.receipt.itemName(), l.receipt.department(),
                l.receipt.applicantName(), l.receipt.applicantIdNumberMasked(), l.state, l.state.label(),
                l.receipt.receivedAt(), l.acceptedAt, promised, dueDate(due(l, STATUTORY)),
                promised == null ? null : promised.remainingWorkingDays(), l.level, l.level.label(), false,
                l.receipt.counterNo(), l.receipt.staffName());
    }

    private CaseDueDate dueDate(Deadline d) {
        return d == null ? null : new CaseDueDate(d.dueAt().atZone(zone).toInstant(), d.dueDate(), d.provisional(),
                d.calendarVersion(), remaining(d));
    }

    private Integer remaining(Deadline d) {
        return d == null ? null : calculator.remainingWorkingDays(LocalDate.now(clock.withZone(zone)), d);
    }

    private Deadline promised(Life l) {
        TimeLimit limit = l.receipt.promisedLimit() == null ? STATUTORY : l.receipt.promisedLimit();
        return due(l, limit);
    }

    private Deadline due(Life l, TimeLimit limit) {
        return l.acceptedAt == null ? null : calculator.compute(input(l, limit));
    }

    private DeadlineInput input(Life l, TimeLimit limit) {
        List<ClockStop> stops = l.stops.stream()
                .map(s -> new ClockStop(s.kindLabel(), s.startedOn(), s.endedOn(), s.reason())).toList();
        List<ClockExtension> ext = l.extensions.stream()
                .map(e -> new ClockExtension(e.workingDays(), e.reason())).toList();
        return new DeadlineInput(l.acceptedAt.atZone(zone).toLocalDateTime(), limit, stops, ext,
                LocalDate.now(clock.withZone(zone)));
    }

    synchronized CaseLifecycleView detail(String caseNo, Set<Role> roles) {
        Life l = life(caseNo);
        // as the server: the outcomes decided on receipt are made at intake, never offered as bare transitions
        List<CaseActionOption> allowed = CaseTransitions.available(situation(l), CaseActor.staff(roles)).stream()
                .filter(a -> !org.yichuang.core.intake.IntakeOutcome.decidedAtIntake(l.state, a))
                .map(a -> new CaseActionOption(a, a.label())).toList();
        Instant received = l.receipt.receivedAt();
        return new CaseLifecycleView(caseNo, l.state, l.state.label(), l.version, CaseKind.PROMISED, received,
                LocalDate.ofInstant(received, zone), null, null, null, null, l.acceptedAt, l.basis,
                l.basis == null ? null : l.basis.label(), dueDate(due(l, STATUTORY)), dueDate(promised(l)), l.level,
                l.level.label(), null, null, null, null, l.stops, l.extensions, List.of(), allowed);
    }

    private static CaseSituation situation(Life l) {
        return new CaseSituation(l.state, CaseKind.PROMISED, l.extensions.size());
    }

    synchronized CaseLifecycleView transition(String caseNo, CaseTransitionRequest c, Set<Role> roles) {
        return transition(caseNo, c, roles, false);
    }

    /** 受理 as the server's intake makes it once the checklist is judged (issue 10); for seeding tests. */
    synchronized CaseLifecycleView acceptedAtIntake(String caseNo) {
        return transition(caseNo, CaseTransitionRequest.of(CaseAction.ACCEPT, "intake-" + caseNo), Set.of(Role.WINDOW),
                true);
    }

    /** The transition an intake outcome makes (only {@code /intake} may make it). */
    synchronized CaseLifecycleView intakeTransition(String caseNo, CaseTransitionRequest c, Set<Role> roles) {
        return transition(caseNo, c, roles, true);
    }

    private CaseLifecycleView transition(String caseNo, CaseTransitionRequest c, Set<Role> roles, boolean intake) {
        String key = caseNo + "/" + c.idempotencyKey();
        if (answered.containsKey(key)) {
            return answered.get(key);
        }
        Life l = life(caseNo);
        CaseAction action = c.action();
        if (c.expectedStateVersion() != null && c.expectedStateVersion() != l.version) {
            throw new ApiException(ErrorCode.CASE_STATE_VERSION_CONFLICT,
                    ErrorCode.CASE_STATE_VERSION_CONFLICT.defaultMessage(), 409);
        }
        CaseState to;
        try {
            to = CaseTransitions.apply(situation(l), action, CaseActor.staff(roles)).orThrow(l.state, action);
        } catch (org.yichuang.core.error.DomainException e) {
            throw new ApiException(e.code(), e.getMessage(), e.code().httpStatus());
        }
        if (!intake && org.yichuang.core.intake.IntakeOutcome.decidedAtIntake(l.state, action)) {
            throw new ApiException(ErrorCode.TRANSITION_REQUIRES_INTAKE,
                    ErrorCode.TRANSITION_REQUIRES_INTAKE.defaultMessage(), 409);
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        switch (action) {
            case ACCEPT -> {
                l.acceptedAt = clock.instant();
                l.basis = AcceptanceBasis.NORMAL;
            }
            case START_SPECIAL_PROCEDURE -> {
                if (c.kind() == null) {
                    throw new ApiException(ErrorCode.SUSPENSION_KIND_NOT_ALLOWED, "请选择特别程序的种类。", 400);
                }
                if (c.reason() == null) {
                    throw new ApiException(ErrorCode.TRANSITION_REASON_REQUIRED, "请填写暂停计时的理由。", 400);
                }
                l.stops.add(new CaseSuspensionView(c.kind(), CatalogLabels.procedure(c.kind()), c.reason(),
                        c.startedOn() == null ? today : c.startedOn(), null));
            }
            case END_SPECIAL_PROCEDURE -> {
                CaseSuspensionView s = l.stops.remove(l.stops.size() - 1);
                l.stops.add(new CaseSuspensionView(s.kind(), s.kindLabel(), s.reason(), s.startedOn(),
                        c.endedOn() == null ? today : c.endedOn()));
            }
            case EXTEND -> l.extensions.add(new CaseExtensionView(
                    c.workingDays() == null ? 10 : c.workingDays(), c.reason(), c.approver(), clock.instant()));
            default -> {
            }
        }
        l.state = to;
        l.version++;
        CaseLifecycleView view = detail(caseNo, roles);
        answered.put(key, view);
        return view;
    }

    synchronized CaseDeadlineExplanations explanation(String caseNo) {
        Life l = life(caseNo);
        if (l.acceptedAt == null) {
            return new CaseDeadlineExplanations(caseNo, List.of(), "办件尚未受理，没有办结期限；收件不等于受理。");
        }
        TimeLimit limit = l.receipt.promisedLimit() == null ? STATUTORY : l.receipt.promisedLimit();
        String text = calculator.explain(input(l, limit)).toChineseText();
        return new CaseDeadlineExplanations(caseNo, List.of(new CaseDeadlineExplanation("承诺办结期限",
                ShippedCalendar.VERSION.number(), ShippedCalendar.VERSION.source(), List.of(text.split("\n")))), null);
    }

    private Life life(String caseNo) {
        Life l = lives.get(caseNo);
        if (l == null) {
            throw new ApiException(ErrorCode.CASE_NOT_FOUND, ErrorCode.CASE_NOT_FOUND.defaultMessage(), 404);
        }
        return l;
    }

    synchronized AlertSubscription subscribe(String lastEventId, AlertSubscription.Listener listener) {
        lastEventIds.add(String.valueOf(lastEventId));
        subscribers.add(listener);
        listener.opened();
        return () -> subscribers.remove(listener);
    }

    /** Changes a case's level and pushes the change to every subscriber. */
    synchronized void pushAlert(String caseNo, AlertLevel level) {
        Life l = life(caseNo);
        CaseAlertEvent e = new CaseAlertEvent(++eventId, caseNo, l.level, level, level.label(), "测试",
                clock.instant());
        l.level = level;
        subscribers.forEach(s -> s.event(e));
    }

    /** Drops every open stream as a broken network would. */
    void dropStreams() {
        List<AlertSubscription.Listener> all = new ArrayList<>(subscribers);
        subscribers.clear();
        all.forEach(s -> s.dropped(new ApiException(ErrorCode.SERVER_UNREACHABLE, "断开", 0)));
    }

    /** Returns the Last-Event-ID of every subscription, in order ("null" for none). */
    List<String> lastEventIds() {
        return List.copyOf(lastEventIds);
    }

    byte[] export() {
        // a fake workbook is enough for the client: it only saves the bytes
        return new byte[] {'P', 'K', 3, 4};
    }
}
