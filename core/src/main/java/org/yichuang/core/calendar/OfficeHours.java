package org.yichuang.core.calendar;

import java.time.LocalTime;
import java.util.Objects;

/** One interval of office hours (办公时间), e.g. 09:00–12:00; hour limits are spread over them. */
public record OfficeHours(LocalTime start, LocalTime end) {
    /** Validates the parts. */
    public OfficeHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("office hours end before they start");
        }
    }

    /** Returns the length in minutes. */
    public int minutes() {
        return (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
