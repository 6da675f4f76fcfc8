package org.yichuang.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The 红黄牌 rule (RULES.md §8.5), as one pure function of a case's facts, the time, the hall's zone and its
 * thresholds, and the working-day calendar:
 * <ul>
 * <li>{@link AlertLevel#RED} when the statutory due date (法定期限) has passed;</li>
 * <li>{@link AlertLevel#YELLOW} when the promised due date (承诺期限) has passed, or the current step's deadline
 * (环节时限);</li>
 * <li>{@link AlertLevel#WARNING} when at most {@code warningWorkingDays} working days are left before the promised
 * due date (0 = the due day itself), or at least {@code warningUsedPercent} % of the working days from the acceptance
 * day to the promised due date have been used;</li>
 * <li>{@link AlertLevel#NONE} otherwise, and always for cases not yet accepted or already ended.</li>
 * </ul>
 * A due date has passed once its due instant (the end of the due day: 24:00 or the hall's cut-off, 民法典 Art. 203)
 * is behind: an act at that very instant is still in time, as {@code org.yichuang.core.calendar.Deadline#isOverdue}
 * says, so the day-boundary sweep judges at the first microsecond of the new day.
 *
 * <p>While a special procedure stops the clock (特别程序, 许可法 Art. 45) the case is judged as of the moment the clock
 * stopped: time passing cannot worsen its level, while a change of its facts (a moved due date, other thresholds)
 * still counts. When the procedure ends the lifecycle moves the due dates by the stopped days and the case is judged
 * as of now again.
 *
 * <p>The used share counts the working days from the acceptance day to the <em>current</em> promised due date; days
 * a suspension added count on both sides of the fraction, so after a suspension the share is a little higher than
 * the share of the original limit, and the warning comes a little earlier, never later.
 */
public final class AlertPolicy {
    private final AlertThresholds thresholds;

    /** Judges with the given hall thresholds. */
    public AlertPolicy(AlertThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Returns the thresholds this policy judges with. */
    public AlertThresholds thresholds() {
        return thresholds;
    }

    /**
     * Returns the level of a case at {@code now}, with the reason in Chinese.
     *
     * @param zone the hall's time zone: its calendar day decides which days are left
     * @param days the working-day count of the current calendar ({@code workCalendar::workingDaysBetween})
     */
    public AlertAssessment assess(AlertFacts facts, Instant now, ZoneId zone, WorkingDayCounter days) {
        switch (facts.phase()) {
            case NOT_STARTED:
                return new AlertAssessment(AlertLevel.NONE, "尚未受理，办结时限未开始计算", null);
            case ENDED:
                return new AlertAssessment(AlertLevel.NONE, "办件已办结或已终止，不再计时", null);
            default:
                break;
        }
        boolean stopped = facts.phase() == ClockPhase.STOPPED;
        Instant at = judgedAt(facts, now);
        String prefix = stopped ? "特别程序中计时暂停，按暂停时判断：" : "";
        LocalDate promisedDay = facts.promisedDueAt() == null ? null : dueDay(facts.promisedDueAt(), zone);
        Integer remaining = facts.promisedDueAt() == null ? null
                : remainingWorkingDays(facts.promisedDueAt(), at, zone, days);

        if (facts.legalDueAt() != null && passed(at, facts.legalDueAt())) {
            return new AlertAssessment(AlertLevel.RED,
                    prefix + "已超过法定办结期限（" + dueDay(facts.legalDueAt(), zone) + "）", remaining);
        }
        if (promisedDay != null && passed(at, facts.promisedDueAt())) {
            return new AlertAssessment(AlertLevel.YELLOW, prefix + "已超过承诺办结期限（" + promisedDay + "）",
                    remaining);
        }
        if (facts.stepDueAt() != null && passed(at, facts.stepDueAt())) {
            String step = facts.stepName() == null || facts.stepName().isBlank() ? "" : "「" + facts.stepName() + "」";
            return new AlertAssessment(AlertLevel.YELLOW,
                    prefix + "当前环节" + step + "已超过环节时限（" + dueDay(facts.stepDueAt(), zone) + "）", remaining);
        }
        if (remaining == null) {
            return new AlertAssessment(AlertLevel.NONE, prefix + "在办结期限内", null);
        }
        if (remaining <= thresholds.warningWorkingDays()) {
            String left = remaining > 0 ? "距承诺办结期限（" + promisedDay + "）还剩 " + remaining + " 个工作日"
                    // below 0 only at the due instant itself (24:00 is the next day's 00:00), which is still in time
                    : remaining == 0 ? "今日为承诺办结期限（" + promisedDay + "）" : "承诺办结期限（" + promisedDay + "）届满";
            return new AlertAssessment(AlertLevel.WARNING, prefix + left, remaining);
        }
        if (facts.acceptedAt() != null) {
            int limit = days.workingDaysBetween(facts.acceptedAt().atZone(zone).toLocalDate(), promisedDay);
            int used = limit - remaining;
            // integer arithmetic: 80 % of 20 working days is reached at exactly 16, not at 15.999…
            if (limit > 0 && (long) used * 100 >= (long) thresholds.warningUsedPercent() * limit) {
                return new AlertAssessment(AlertLevel.WARNING, prefix + "已用承诺时限的 " + (used * 100L / limit)
                        + "%（" + used + "/" + limit + " 个工作日）", remaining);
            }
        }
        return new AlertAssessment(AlertLevel.NONE,
                prefix + "在承诺期限内，还剩 " + remaining + " 个工作日", remaining);
    }

    /**
     * Returns the moment a case is judged at: {@code now}, or while a special procedure stops the clock the moment it
     * stopped.
     */
    public static Instant judgedAt(AlertFacts facts, Instant now) {
        return facts.phase() == ClockPhase.STOPPED && facts.clockStoppedAt() != null
                && facts.clockStoppedAt().isBefore(now) ? facts.clockStoppedAt() : now;
    }

    /**
     * Returns the working days after the hall day of {@code judgedAt} up to the due day: 0 on the due day, negative
     * once working days have passed after it.
     */
    public static int remainingWorkingDays(Instant dueAt, Instant judgedAt, ZoneId zone, WorkingDayCounter days) {
        return days.workingDaysBetween(judgedAt.atZone(zone).toLocalDate(), dueDay(dueAt, zone));
    }

    /** Same rule as {@code Deadline#isOverdue}: an act at the due instant itself is in time. */
    private static boolean passed(Instant now, Instant dueAt) {
        return now.isAfter(dueAt);
    }

    /**
     * Returns the hall day a due instant ends: the instant itself in the hall's zone, except that 24:00 stored as the
     * next day's 00:00 still belongs to the day before.
     */
    public static LocalDate dueDay(Instant dueAt, ZoneId zone) {
        return dueAt.minusNanos(1).atZone(zone).toLocalDate();
    }
}
