package org.yichuang.server.supervision;

import java.time.Instant;
import org.yichuang.core.api.CaseAlertEvent;
import org.yichuang.core.supervision.AlertLevel;

/** An alert_events row with its case number. */
public record AlertEventRow(long id, long caseId, long staffId, String caseNo, Instant at, String oldLevel,
        String newLevel, String reason) {

    /** Returns the event as the stream sends it. */
    public CaseAlertEvent event() {
        AlertLevel level = AlertLevel.valueOf(newLevel);
        return new CaseAlertEvent(id, caseNo, AlertLevel.valueOf(oldLevel), level, level.label(), reason, at);
    }
}
