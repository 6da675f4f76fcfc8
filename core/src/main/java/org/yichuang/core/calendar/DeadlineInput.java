package org.yichuang.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.yichuang.core.catalog.TimeLimit;

/**
 * What a due date is computed from (RULES.md §6.6: each deadline stores these with its calendar version).
 *
 * @param start      when the period starts, in hall time (受理时间, or 收件时间 for the 5-day notice)
 * @param limit      the limit (法定 or 承诺)
 * @param stops      clock stops in any order; they must not overlap
 * @param extensions extensions granted
 * @param asOf       the hall's today, up to which a running stop counts; may be {@code null} when none is running
 */
public record DeadlineInput(LocalDateTime start, TimeLimit limit, List<ClockStop> stops,
                            List<ClockExtension> extensions, LocalDate asOf) {
    /** Validates the parts. */
    public DeadlineInput {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        stops = stops == null ? List.of() : List.copyOf(stops);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    /** A plain period: no stops, no extensions. */
    public static DeadlineInput of(LocalDateTime start, TimeLimit limit) {
        return new DeadlineInput(start, limit, List.of(), List.of(), null);
    }

    /** A plain period starting on a day (the time of day does not matter for day limits). */
    public static DeadlineInput of(LocalDate start, TimeLimit limit) {
        return of(start.atStartOfDay(), limit);
    }

    /** Returns the working days added by extensions. */
    public int extensionDays() {
        long n = 0;
        for (int i = 0; i < extensions.size(); i++) {
            n += extensions.get(i).workingDays();
        }
        return (int) Math.min(n, Integer.MAX_VALUE); // saturated: absurd sums end out of the calendar's range
    }
}
