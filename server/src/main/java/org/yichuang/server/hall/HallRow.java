package org.yichuang.server.hall;

import java.time.ZoneId;

/** A hall (政务服务大厅) row. */
public record HallRow(long id, String name, String zoneId) {

    /** Returns the hall's zone: dates printed for the hall follow its calendar day. */
    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }
}
