package org.yichuang.server.hall;

import java.time.LocalTime;
import java.time.ZoneId;

/** The hall-settings columns of a halls row. */
public record HallSettingsRow(String zoneId, LocalTime cutoffTime, String officeHours, int warningWorkingDays,
        int warningUsedPercent) {

    /** Returns the settings. */
    HallSettings settings() {
        return new HallSettings(ZoneId.of(zoneId), cutoffTime, officeHours, warningWorkingDays, warningUsedPercent);
    }
}
