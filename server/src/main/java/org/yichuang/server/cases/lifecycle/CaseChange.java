package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseState;

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

    /**
     * The row as this change leaves it (without reading it back): the new columns, the version bump and the side
     * lists' new sizes.
     */
    LifecycleRow after(String alertLevel, int addedSuspensions, int addedExtensions, boolean addedHistory) {
        LifecycleRow b = before;
        return new LifecycleRow(b.id(), b.caseNo(), state, b.stateVersion() + 1, b.receivedAt(), b.receivedOn(),
                b.supplementNoticeDueAt(), supplementNoticeServedAt, supplementDueAt, supplementCompletedAt,
                acceptedAt, acceptanceBasis, legalDueAt, promisedDueAt, calendarVersion, decidedAt, deliveredAt,
                currentStep, stepDueAt, alertLevel, b.itemVersionId(), b.itemJson(), b.legacyCaseKind(),
                b.legacyStatutoryValue(), b.legacyStatutoryUnit(), b.legacyPromisedValue(), b.legacyPromisedUnit(),
                b.zoneId(), b.cutoffTime(), b.officeHours(), b.extensions() + addedExtensions,
                b.suspensionCount() + addedSuspensions, b.historyCount() + (addedHistory ? 1 : 0));
    }

    void store(TransitionDao dao) {
        dao.update(before.id(), state.name(), supplementNoticeServedAt, supplementDueAt, supplementCompletedAt,
                acceptedAt, acceptanceBasis == null ? null : acceptanceBasis.name(), legalDueAt, promisedDueAt,
                calendarVersion, decidedAt, deliveredAt, currentStep, stepDueAt);
    }
}
