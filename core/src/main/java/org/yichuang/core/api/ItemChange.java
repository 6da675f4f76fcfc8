package org.yichuang.core.api;

import java.time.Instant;
import org.yichuang.core.catalog.ServiceItem;

/**
 * An administrator's change to one service item (修改事项), saved as a new version.
 *
 * @param baseVersion   the latest version the editor loaded, {@code null} for a new item; a different latest version
 *                      on the server means somebody else saved first ({@code CATALOG_VERSION_CONFLICT})
 * @param effectiveFrom 生效时间, {@code null} for “now”; may lie in the future (a policy change announced ahead)
 * @param inForce       false withdraws the item (停用) from that time on
 */
public record ItemChange(ServiceItem item, Integer baseVersion, Instant effectiveFrom, boolean inForce) {
}
