package org.yichuang.server.cases.bundle;

import java.time.LocalTime;
import org.yichuang.core.calendar.ClockSettings;

/** A hall's cut-off and office hours, which a bundle plan's due dates need. */
public record HallClockRow(LocalTime cutoff, String officeHours) {
    /** Returns the settings. */
    public ClockSettings settings() {
        return ClockSettings.of(cutoff, officeHours);
    }
}
