package org.yichuang.core.api;

import java.time.Instant;

/**
 * A change of a case's 红黄牌 level pushed over the alert stream; {@code id} is the stream position to resume after.
 */
public record AlertStreamEvent(String id, String caseNo, String oldLevel, String newLevel, Instant at,
        String reason) {
}
