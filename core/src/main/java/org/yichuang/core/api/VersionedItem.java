package org.yichuang.core.api;

import java.time.Instant;
import org.yichuang.core.catalog.ServiceItem;

/**
 * One version of a service item (事项版本). Every change creates a new version; a case keeps the version it was
 * accepted under, and the guide shows when the item last changed.
 *
 * @param version       1, 2, 3… per implementation code
 * @param effectiveFrom 生效时间: the version applies to cases accepted from this instant on
 * @param inForce       false when the item was withdrawn (停用) with this version
 * @param recordedAt    when the change was saved
 * @param recordedBy    user name of the administrator who saved it ({@code system} for the demo seed)
 */
public record VersionedItem(ServiceItem item, int version, Instant effectiveFrom, boolean inForce, Instant recordedAt,
        String recordedBy) {
}
