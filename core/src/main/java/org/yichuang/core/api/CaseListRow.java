package org.yichuang.core.api;

import java.time.Instant;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.supervision.AlertLevel;

/**
 * One case in a case list (办件列表): staff may see the applicant's name; the ID number is masked.
 *
 * @param promisedDue          承诺办结期限 with its hall day, 暂定 flag and remaining working days; null until accepted
 * @param legalDue             法定办结期限, likewise
 * @param remainingWorkingDays working days left before the promised due date (0 on the due day, negative when
 *                             overdue; frozen while a special procedure stops the clock); null when none runs
 * @param alertLevel           the stored 红黄牌 level, the one the level filter and counts use
 * @param deadlineMoved        a calendar change moved a due date (see the case's deadline history)
 */
public record CaseListRow(String caseNo, String itemCode, String itemName, String department, String applicantName,
        String applicantIdNumberMasked, CaseState state, String stateLabel, Instant receivedAt, Instant acceptedAt,
        CaseDueDate promisedDue, CaseDueDate legalDue, Integer remainingWorkingDays, AlertLevel alertLevel,
        String alertLabel, boolean deadlineMoved, int counterNo, String staffName) {

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "CaseListRow[" + caseNo + ", " + state + ", " + alertLevel + "]";
    }
}
