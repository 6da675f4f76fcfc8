package org.yichuang.server.supervision;

import java.time.Instant;
import java.time.ZoneId;
import org.yichuang.core.supervision.AlertFacts;
import org.yichuang.core.supervision.AlertLevel;
import org.yichuang.core.supervision.AlertThresholds;
import org.yichuang.core.supervision.ClockPhase;

/** A row of the {@code case_alert_facts} view: what one case's 红黄牌 level depends on, and the level it has. */
public record AlertCaseRow(long id, String state, long staffId, Instant acceptedAt, Instant promisedDueAt,
        Instant legalDueAt, Instant stepDueAt, String currentStep, String alertLevel, Instant clockStoppedAt,
        String zoneId, int warningWorkingDays, int warningUsedPercent) {

    /** Returns the facts the policy judges. */
    public AlertFacts facts() {
        return new AlertFacts(ClockPhase.ofState(state), acceptedAt, promisedDueAt, legalDueAt, stepDueAt,
                currentStep, clockStoppedAt);
    }

    /** Returns the level stored on the case. */
    public AlertLevel level() {
        return AlertLevel.valueOf(alertLevel);
    }

    /** Returns the hall's thresholds. */
    public AlertThresholds thresholds() {
        return new AlertThresholds(warningWorkingDays, warningUsedPercent);
    }

    /** Returns the hall's time zone. */
    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }
}
