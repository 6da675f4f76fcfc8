package org.yichuang.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A clock stop (暂停计时), e.g. an Art. 45 special procedure (检验、鉴定 …): the days in (start, end] do not count.
 * For working-day and hour limits the working days in that range are skipped; for natural-day and month limits the
 * natural days in it are added (RULES.md §6.4).
 *
 * @param kind   what stopped the clock, in Chinese (听证、检验、现场勘验 …)
 * @param start  the day it started (that day still counts)
 * @param end    the day it ended, or {@code null} while it is still running (then it counts up to the input's asOf)
 * @param reason why, as told to the applicant
 */
public record ClockStop(String kind, LocalDate start, LocalDate end, String reason) {
    /** Validates the parts; an end before the start is refused later with CLOCK_STOP_INVERTED. */
    public ClockStop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        reason = reason == null ? "" : reason;
    }

    /** Whether the stop is still running. */
    public boolean running() {
        return end == null;
    }
}
