package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.supervision.AlertAssessment;
import org.yichuang.core.supervision.AlertFacts;
import org.yichuang.core.supervision.ClockPhase;

/** The columns one transition writes, starting from the locked row; the effects of the action fill them in. */
final class CaseChange {
    final LifecycleRow before;
    CaseState state;
    Instant supplementNoticeServedAt;
    Instant supplementDueAt;
    Instant supplementCompletedAt;
    Instant acceptedAt;
    AcceptanceBasis acceptanceBasis;
    Instant legalDueAt;
    Instant promisedDueAt;
    Integer calendarVersion;
    Instant decidedAt;
    Instant deliveredAt;
    String currentStep;
    Instant stepDueAt;
    /** The 红黄牌 level after the change; judged once every other column is set. */
    AlertAssessment alert;

    CaseChange(LifecycleRow row, CaseState to) {
        before = row;
        state = to;
        supplementNoticeServedAt = row.supplementNoticeServedAt();
        supplementDueAt = row.supplementDueAt();
        supplementCompletedAt = row.supplementCompletedAt();
        acceptedAt = row.acceptedAt();
        acceptanceBasis = row.acceptanceBasis();
        legalDueAt = row.legalDueAt();
        promisedDueAt = row.promisedDueAt();
        calendarVersion = row.calendarVersion();
        decidedAt = row.decidedAt();
        deliveredAt = row.deliveredAt();
        currentStep = row.currentStep();
        stepDueAt = row.stepDueAt();
    }

    void accept(Instant at, AcceptanceBasis basis) {
        acceptedAt = at;
        acceptanceBasis = basis;
    }

    void setDues(CaseClocks clocks, CaseClocks.Dues dues) {
        legalDueAt = clocks.instant(dues.legal());
        promisedDueAt = clocks.instant(dues.promised());
        calendarVersion = dues.legal().calendarVersion();
    }

    /** Whether this change moved due dates that were already fixed (a row for the deadline history). */
    boolean movedDues() {
        return before.legalDueAt() != null
                && (!before.legalDueAt().equals(legalDueAt) || !before.promisedDueAt().equals(promisedDueAt));
    }

    /** When the clock stopped once this change is made: entering a special procedure stops it now. */
    Instant clockStoppedAt(Instant now) {
        if (state != CaseState.SPECIAL_PROCEDURE) {
            return null;
        }
        return before.state() == CaseState.SPECIAL_PROCEDURE ? before.clockStoppedAt() : now;
    }

    /** What the case's 红黄牌 level depends on once this change is made (the columns of case_alert_facts). */
    AlertFacts alertFacts(Instant now) {
        return new AlertFacts(ClockPhase.ofState(state.name()), acceptedAt, promisedDueAt, legalDueAt, stepDueAt,
                currentStep, clockStoppedAt(now));
    }

    /**
     * The row as this change leaves it (without reading it back): the new columns, the version bump and the side
     * lists' new sizes.
     */
    LifecycleRow after(Instant now, int addedSuspensions, int addedExtensions, boolean addedHistory) {
        LifecycleRow b = before;
        return new LifecycleRow(b.id(), b.caseNo(), state, b.stateVersion() + 1, b.receivedAt(), b.receivedOn(),
                b.supplementNoticeDueAt(), supplementNoticeServedAt, supplementDueAt, supplementCompletedAt,
                acceptedAt, acceptanceBasis, legalDueAt, promisedDueAt, calendarVersion, decidedAt, deliveredAt,
                currentStep, stepDueAt, alert.level().name(), b.itemVersionId(), b.staffId(), b.legacyCaseKind(),
                b.legacyStatutoryValue(), b.legacyStatutoryUnit(), b.legacyPromisedValue(), b.legacyPromisedUnit(),
                b.zoneId(), b.cutoffTime(), b.officeHours(), b.warningWorkingDays(), b.warningUsedPercent(),
                clockStoppedAt(now), b.extensions() + addedExtensions,
                b.suspensionCount() + addedSuspensions, b.historyCount() + (addedHistory ? 1 : 0),
                b.bundleLimitValue(), b.bundleLimitUnit(), b.bundleParent(), b.parentCaseId());
    }
}
