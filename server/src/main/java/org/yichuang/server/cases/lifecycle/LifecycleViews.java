package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.api.CaseActionOption;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.api.CaseDeadlineChange;
import org.yichuang.core.api.CaseDeadlineExplanation;
import org.yichuang.core.api.CaseDueDate;
import org.yichuang.core.api.CaseExtensionView;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.api.CaseSuspensionView;
import org.yichuang.core.calendar.DeadlineExplanation;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.cases.CaseActor;
import org.yichuang.core.cases.CaseSituation;
import org.yichuang.core.cases.CaseTransitions;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.supervision.AlertLevel;

/** Builds the API's view of a case's life from its row and side tables. */
final class LifecycleViews {
    private final CaseCalendar calendars;

    LifecycleViews(CaseCalendar calendars) {
        this.calendars = calendars;
    }

    CaseLifecycleView view(Handle h, LifecycleRow row, ItemClock item, CaseActor actor, Instant now) {
        // most cases have no stops, extensions or moved dates: their lists are read only when they hold something
        LifecycleDao dao = row.suspensionCount() + row.extensions() + row.historyCount() == 0 ? null
                : h.attach(LifecycleDao.class);
        CaseClocks clocks = row.calendarVersion() == null ? null
                : new CaseClocks(calendars.version(row.calendarVersion()), row.clockSettings(), row.zone());
        LocalDate today = LocalDate.ofInstant(now, row.zone());
        AlertLevel alert = AlertLevel.valueOf(row.alertLevel());
        List<CaseActionOption> actions = CaseTransitions.available(
                new CaseSituation(row.state(), item.kind(), row.extensions()), actor).stream()
                // intake outcomes are taken at /intake with a checklist, never offered as bare transitions
                .filter(a -> !IntakeOutcome.decidedAtIntake(row.state(), a))
                .map(a -> new CaseActionOption(a, a.label())).toList();
        return new CaseLifecycleView(row.caseNo(), row.state(), row.state().label(), row.stateVersion(), item.kind(),
                row.receivedAt(), row.receivedOn(), row.supplementNoticeDueAt(), row.supplementNoticeServedAt(),
                row.supplementDueAt(), row.supplementCompletedAt(), row.acceptedAt(), row.acceptanceBasis(),
                row.acceptanceBasis() == null ? null : row.acceptanceBasis().label(),
                due(clocks, row, row.legalDueAt(), today), due(clocks, row, row.promisedDueAt(), today), alert,
                alert.label(), row.currentStep(), row.stepDueAt(), row.decidedAt(), row.deliveredAt(),
                row.suspensionCount() == 0 ? List.of()
                        : dao.suspensions(row.id()).stream().map(LifecycleViews::suspension).toList(),
                row.extensions() == 0 ? List.of() : dao.extensions(row.id()).stream().map(e ->
                        new CaseExtensionView(e.workingDays(), e.reason(), e.approverName(), e.grantedAt())).toList(),
                row.historyCount() == 0 ? List.of() : dao.history(row.id()).stream().map(c ->
                        new CaseDeadlineChange(c.changedAt(), c.oldCalendarVersion(), c.newCalendarVersion(),
                                c.oldLegalDueAt(), c.newLegalDueAt(), c.oldPromisedDueAt(), c.newPromisedDueAt(),
                                c.reason())).toList(),
                actions);
    }

    private static CaseDueDate due(CaseClocks clocks, LifecycleRow row, Instant at, LocalDate today) {
        if (at == null || clocks == null) {
            return null;
        }
        // a due day ends at its cut-off or at 24:00, which is 00:00 of the next day: the day is the one just before
        LocalDate date = clocks.day(at.minusNanos(1));
        LocalDate from = clocks.day(row.acceptedAt());
        return new CaseDueDate(at, date, clocks.calendar().anyProvisional(from, date), clocks.calendarVersion(),
                row.state().open() ? clocks.remainingWorkingDays(today, date) : null);
    }

    private static CaseSuspensionView suspension(SuspensionRow s) {
        SpecialProcedureKind kind = SpecialProcedureKind.valueOf(s.kind());
        return new CaseSuspensionView(kind, CatalogLabels.procedure(kind), s.reason(), s.startedOn(), s.endedOn());
    }

    /** The explanations of the case's due dates, computed again from the stored inputs on their calendar version. */
    List<CaseDeadlineExplanation> explain(LifecycleDao dao, LifecycleRow row, ItemClock item, Instant now) {
        List<CaseDeadlineExplanation> out = new ArrayList<>();
        if (row.legalDueAt() == null || row.calendarVersion() == null) {
            return out;
        }
        CaseClocks clocks = new CaseClocks(calendars.version(row.calendarVersion()), row.clockSettings(), row.zone());
        LocalDate today = LocalDate.ofInstant(now, row.zone());
        List<SuspensionRow> stops = dao.suspensions(row.id());
        out.add(explanation("法定办结期限", clocks, clocks.legalInput(row.acceptedAt(), item, stops,
                dao.extensions(row.id()), today)));
        out.add(explanation("承诺办结期限", clocks, clocks.promisedInput(row.acceptedAt(), item, stops, today)));
        return out;
    }

    private static CaseDeadlineExplanation explanation(String kind, CaseClocks clocks, DeadlineInput input) {
        DeadlineExplanation e = clocks.explain(input);
        List<String> lines = new ArrayList<>();
        lines.add(kind + "：");
        lines.addAll(List.of(e.toChineseText().split("\n")));
        return new CaseDeadlineExplanation(kind, e.calendarVersion(), e.calendarSource(), lines);
    }
}
