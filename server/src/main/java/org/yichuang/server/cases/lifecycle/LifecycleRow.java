package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.cases.CaseTimestamps;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.supervision.AlertThresholds;

/**
 * A case's lifecycle columns with what its clocks and its 红黄牌 level need: the item version it was received under,
 * the item row's limits for cases from before item versions, its clerk, and its hall's zone, cut-off, office hours
 * and warning thresholds.
 *
 * @param itemVersionId  the item version; null for cases from before V2
 * @param staffId        the clerk who received the case (its alert events are theirs)
 * @param clockStoppedAt when its clock stopped; only a case in a special procedure has one
 * @param bundleLimitValue a 一件事 child's bundle limit (V16), which replaces its item's promised limit; else null
 * @param bundleParent   whether this is a 一件事 application's parent case, whose state its children decide
 * @param parentCaseId   a 一件事 child's parent case; null otherwise
 */
public record LifecycleRow(long id, String caseNo, CaseState state, int stateVersion, Instant receivedAt,
        LocalDate receivedOn, Instant supplementNoticeDueAt, Instant supplementNoticeServedAt, Instant supplementDueAt,
        Instant supplementCompletedAt, Instant acceptedAt, AcceptanceBasis acceptanceBasis, Instant legalDueAt,
        Instant promisedDueAt, Integer calendarVersion, Instant decidedAt, Instant deliveredAt, String currentStep,
        Instant stepDueAt, String alertLevel, Long itemVersionId, long staffId, CaseKind legacyCaseKind,
        int legacyStatutoryValue, LimitUnit legacyStatutoryUnit, int legacyPromisedValue,
        LimitUnit legacyPromisedUnit, String zoneId, LocalTime cutoffTime, String officeHours,
        int warningWorkingDays, int warningUsedPercent, Instant clockStoppedAt, int extensions, int suspensionCount,
        int historyCount, Integer bundleLimitValue, LimitUnit bundleLimitUnit, boolean bundleParent,
        Long parentCaseId) {

    /** Returns the hall's zone: every day boundary of the case uses it. */
    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    /** Returns the hall's cut-off and office hours. */
    public ClockSettings clockSettings() {
        return ClockSettings.of(cutoffTime, officeHours);
    }

    /** Returns the hall's 红黄牌 thresholds. */
    public AlertThresholds alertThresholds() {
        return new AlertThresholds(warningWorkingDays, warningUsedPercent);
    }

    /** Returns the limits from the item row (cases from before item versions). */
    public TimeLimit legacyStatutoryLimit() {
        return new TimeLimit(legacyStatutoryValue, legacyStatutoryUnit);
    }

    /** Returns the promised limit from the item row. */
    public TimeLimit legacyPromisedLimit() {
        return new TimeLimit(legacyPromisedValue, legacyPromisedUnit);
    }

    /** Returns the 一件事 bundle limit this child runs under, or null. */
    public TimeLimit bundleLimit() {
        return bundleLimitValue == null ? null : new TimeLimit(bundleLimitValue, bundleLimitUnit);
    }

    /** Returns the §1.3 timestamps. */
    public CaseTimestamps timestamps() {
        return new CaseTimestamps(receivedAt, supplementNoticeDueAt, supplementNoticeServedAt, supplementDueAt,
                supplementCompletedAt, acceptedAt, acceptanceBasis, legalDueAt, promisedDueAt, decidedAt,
                deliveredAt);
    }

    /** Never prints anything but the case number. */
    @Override
    public String toString() {
        return "LifecycleRow[" + caseNo + "]";
    }
}
