package org.yichuang.core.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The queue day a moment belongs to (排队日): the hall's calendar day, except that the day changes at the configured
 * reset time rather than at midnight — a ticket taken at 00:10 by a night-shift counter still belongs to the day before
 * when the reset is 03:00, and numbering never restarts in the middle of service.
 */
public final class QueueDay {
    private QueueDay() {
    }

    /** Returns the queue day of {@code at} in the hall's zone with numbering restarting at {@code reset}. */
    public static LocalDate of(Instant at, ZoneId zone, LocalTime reset) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return local.toLocalTime().isBefore(reset) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }
}
