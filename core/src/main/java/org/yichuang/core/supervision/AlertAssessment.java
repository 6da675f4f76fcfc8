package org.yichuang.core.supervision;

/**
 * A case's 红黄牌 level with the reason in Chinese.
 *
 * @param remainingWorkingDays working days after the judged day up to the promised due date: 0 on the due day,
 *                             negative once working days have passed after it; null when no promised due date runs
 */
public record AlertAssessment(AlertLevel level, String reason, Integer remainingWorkingDays) {
}
