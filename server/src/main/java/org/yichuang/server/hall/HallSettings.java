package org.yichuang.server.hall;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What day boundaries and deadlines need to know about the hall (大厅设置, RULES.md §6.4, §8.5).
 *
 * @param zone               the hall's time zone: every day boundary (case-number date, due dates, alerts) uses it
 * @param cutoff             end of a due day (截止时间); null means 24:00 (民法典 Art. 203)
 * @param officeHours        office hours over which hour limits are spread, e.g. {@code 09:00-12:00,13:30-17:30}
 * @param warningWorkingDays 红黄牌 WARNING when at most this many working days are left before the promised date
 * @param warningUsedPercent ... or when at least this share (percent) of the promised limit is used
 */
public record HallSettings(ZoneId zone, LocalTime cutoff, String officeHours, int warningWorkingDays,
        int warningUsedPercent) {

    /** The settings of a server with no hall registered yet: the schema's defaults. */
    public static HallSettings defaults() {
        return new HallSettings(HallService.DEFAULT_ZONE, null, "09:00-12:00,13:30-17:30", 2, 80);
    }
}
