package org.yichuang.core.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One case as the case list shows it: number, item, applicant, state, dates and its 红黄牌 level.
 *
 * @param caseNo                办件编号
 * @param applicantName         申请人 (name only)
 * @param state                 case state code
 * @param receivedAt            收件时间
 * @param promisedDueOn         承诺办结日 in the hall's calendar; null before acceptance
 * @param provisional           true when the due date lies in a year without a published schedule (暂定)
 * @param remainingWorkingDays  working days left to the promised due date; negative when overdue; null before
 *                              acceptance or while the clock is stopped at zero
 * @param alertLevel            {@code NONE}, {@code WARNING} (预警), {@code YELLOW} (黄牌) or {@code RED} (红牌)
 * @param deadlineMoved         a calendar change moved a due date (日历变更后期限已调整)
 */
public record CaseListRow(String caseNo, String itemCode, String itemName, String department, String applicantName,
        String state, Instant receivedAt, Instant acceptedAt, LocalDate promisedDueOn, LocalDate legalDueOn,
        boolean provisional, Integer remainingWorkingDays, String alertLevel, Integer counterNo, String staffName,
        boolean deadlineMoved) {

    /** Returns this row with another alert level (a pushed 红黄牌 change). */
    public CaseListRow withAlertLevel(String level) {
        return new CaseListRow(caseNo, itemCode, itemName, department, applicantName, state, receivedAt, acceptedAt,
                promisedDueOn, legalDueOn, provisional, remainingWorkingDays, level, counterNo, staffName,
                deadlineMoved);
    }
}
