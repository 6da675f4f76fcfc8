package org.yichuang.core.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A version of the working-day calendar (日历版本): every import makes a new one, so a deadline that names its
 * version can always be explained again.
 *
 * @param number        1, 2, … (the shipped schedule is 1)
 * @param source        where the schedule comes from, e.g. the notice's number (国办发明电〔2024〕12号)
 * @param effectiveFrom when it takes effect
 */
public record CalendarVersion(int number, String source, Instant effectiveFrom) {
    /** Validates the parts. */
    public CalendarVersion {
        if (number <= 0) {
            throw new IllegalArgumentException("calendar version must be positive");
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
