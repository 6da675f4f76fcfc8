package org.yichuang.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.yichuang.core.queue.BookingStatus;

/** A row of {@code bookings}, without the person key; name and phone are null once its day is over. */
public record BookingRow(long id, long hallId, String publicToken, String categoryCode, LocalDate serviceDay,
        LocalTime startsAt, LocalTime endsAt, String name, String phone, BookingStatus status, Instant bookedAt,
        Instant cancelledAt, Instant checkedInAt, Long ticketId, Instant noShowAt) {
    /** Never prints the person. */
    @Override
    public String toString() {
        return "BookingRow[" + id + ", " + categoryCode + ", " + serviceDay + " " + startsAt + ", " + status + "]";
    }
}
