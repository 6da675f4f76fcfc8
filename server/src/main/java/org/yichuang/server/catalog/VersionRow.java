package org.yichuang.server.catalog;

import java.time.Instant;
import org.yichuang.core.api.VersionedItem;

/**
 * A stored version (事项版本) with its item's code and who saved it.
 *
 * @param itemJson   the whole item, see {@link ItemJson}
 * @param recordedBy user name; null for the system (demo seed)
 */
public record VersionRow(long id, long itemId, String implementationCode, int version, Instant effectiveFrom,
        boolean inForce, String itemJson, Instant recordedAt, String recordedBy) {
    /** What {@link VersionedItem#recordedBy()} says for versions the system stored. */
    public static final String SYSTEM = "system";

    /** Returns the API view. */
    public VersionedItem versioned(ItemJson json) {
        return new VersionedItem(json.read(itemJson), version, effectiveFrom, inForce, recordedAt,
                recordedBy == null ? SYSTEM : recordedBy);
    }
}
