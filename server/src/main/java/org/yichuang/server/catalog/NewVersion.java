package org.yichuang.server.catalog;

import java.time.Instant;

/**
 * A version row about to be inserted.
 *
 * @param itemJson   the whole item, see {@link ItemJson}
 * @param recordedBy staff id; null for the system (demo seed)
 */
public record NewVersion(long itemId, int version, Instant effectiveFrom, boolean inForce, String itemJson,
        Instant recordedAt, Long recordedBy) {
}
