package org.yichuang.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's legal life as the detail pane shows it (办件详情): the separate moments of receipt (收件) and acceptance
 * (受理), the due dates, clock stops and extensions, the history of moved deadlines, and the transitions the caller
 * may take now.
 *
 * @param acceptanceBasis  受理依据 code ({@code NORMAL}, {@code DEEMED}, ...)
 * @param allowedActions   action codes the caller may take now, in display order
 */
public record CaseDetailView(String caseNo, String itemCode, String itemName, String applicantName, String state,
        int stateVersion, Instant receivedAt, Instant acceptedAt, String acceptanceBasis, LocalDate legalDueOn,
        LocalDate promisedDueOn, boolean provisional, Integer remainingWorkingDays, String alertLevel,
        Instant decidedAt, Instant deliveredAt, boolean deadlineMoved, List<Suspension> suspensions,
        List<Extension> extensions, List<DeadlineChange> deadlineHistory, List<String> allowedActions) {

    /** Copies the lists. */
    public CaseDetailView {
        suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        deadlineHistory = deadlineHistory == null ? List.of() : List.copyOf(deadlineHistory);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }

    /** A clock stop (暂停计时, 特别程序); {@code endedOn} null while it runs. */
    public record Suspension(String kind, String reason, LocalDate startedOn, LocalDate endedOn) {
    }

    /** An extension (延期) of {@code workingDays}, approved by a named 负责人. */
    public record Extension(int workingDays, String reason, String approver, Instant grantedAt) {
    }

    /** A moved due date (期限调整), e.g. after a calendar change. */
    public record DeadlineChange(Instant changedAt, LocalDate oldPromisedDueOn, LocalDate newPromisedDueOn,
            LocalDate oldLegalDueOn, LocalDate newLegalDueOn, String reason) {
    }
}
