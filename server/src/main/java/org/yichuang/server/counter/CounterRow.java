package org.yichuang.server.counter;

import java.time.ZoneId;
import org.yichuang.core.api.CounterInfo;

/** A counter (综合窗口) row with its hall (大厅) and the hall's time zone. */
public record CounterRow(long id, long hallId, int number, String name, String hallName, String zoneId) {

    /** Returns the API view. */
    public CounterInfo info() {
        return new CounterInfo(number, name, hallName);
    }

    /** Returns the hall's zone: case numbers and dates follow the hall's calendar day. */
    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }
}
