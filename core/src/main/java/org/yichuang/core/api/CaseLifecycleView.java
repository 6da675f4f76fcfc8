package org.yichuang.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.supervision.AlertLevel;

/**
 * A case's legal life (办件流程状态) as {@code GET /api/cases/{caseNo}/lifecycle} and every transition answer it:
 * state, the §1.3 timestamps (receipt and acceptance apart), due dates, clock stops, extensions and what the caller
 * may do next. No personal data.
 *
 * @param stateVersion      bumped by every transition; send it back as {@code expectedStateVersion}
 * @param receivedOn        收件日 in the hall's zone: the 5-working-day notice period counts from it
 * @param legalDue          法定办结期限; null until accepted (and after an on-the-spot decision)
 * @param promisedDue       承诺办结期限; null until accepted
 * @param currentStep       the back-office step (环节) and its own due time (环节时限)
 * @param availableActions  what the caller's roles allow from this state
 */
public record CaseLifecycleView(String caseNo, CaseState state, String stateLabel, int stateVersion,
        CaseKind itemKind, Instant receivedAt, LocalDate receivedOn, Instant supplementNoticeDueAt,
        Instant supplementNoticeServedAt, Instant supplementDueAt, Instant supplementCompletedAt, Instant acceptedAt,
        AcceptanceBasis acceptanceBasis, String acceptanceBasisLabel, CaseDueDate legalDue, CaseDueDate promisedDue,
        AlertLevel alertLevel, String alertLabel, String currentStep, Instant stepDueAt, Instant decidedAt,
        Instant deliveredAt, List<CaseSuspensionView> suspensions, List<CaseExtensionView> extensions,
        List<CaseDeadlineChange> deadlineHistory, List<CaseActionOption> availableActions) {

    /** Copies the lists. */
    public CaseLifecycleView {
        suspensions = List.copyOf(suspensions);
        extensions = List.copyOf(extensions);
        deadlineHistory = List.copyOf(deadlineHistory);
        availableActions = List.copyOf(availableActions);
    }
}
