package org.yichuang.core.api;

import java.time.Instant;
import org.yichuang.core.supervision.AlertLevel;

/**
 * A change of a case's 红黄牌 level, as the alert stream ({@code GET /api/alerts/stream}) sends it; {@code id} is the
 * SSE event id to resume from (Last-Event-ID).
 */
public record CaseAlertEvent(long id, String caseNo, AlertLevel oldLevel, AlertLevel newLevel, String newLabel,
        String reason, Instant at) {
}
