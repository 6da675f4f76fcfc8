package org.yichuang.server.hall;

import java.time.ZoneId;

/**
 * A hall (政务服务大厅) row.
 *
 * @param publicBaseUrl the address the public reaches this hall's pages at (halls.public_base_url, V24), or null
 */
public record HallRow(long id, String name, String zoneId, String publicBaseUrl) {

    /** Returns the hall's zone: dates printed for the hall follow its calendar day. */
    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }
}
