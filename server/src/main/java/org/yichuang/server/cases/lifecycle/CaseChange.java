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

    void store(LifecycleDao dao) {
        dao.update(before.id(), state.name(), supplementNoticeServedAt, supplementDueAt, supplementCompletedAt,
                acceptedAt, acceptanceBasis == null ? null : acceptanceBasis.name(), legalDueAt, promisedDueAt,
                calendarVersion, decidedAt, deliveredAt, currentStep, stepDueAt);
    }
}
