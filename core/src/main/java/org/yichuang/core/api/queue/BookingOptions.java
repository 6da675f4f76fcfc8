package org.yichuang.core.api.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the booking page offers: each category taking bookings, its bookable days (tomorrow to the last working day
 * allowed, on the working-day calendar with 调休) and each slot's free places.
 */
public record BookingOptions(List<Category> categories) {
    /** A category taking bookings. */
    public record Category(String code, String name, List<Day> days) {
    }

    /** A bookable day. */
    public record Day(LocalDate day, List<Slot> slots) {
    }

    /** A slot and its free places (0 = full). */
    public record Slot(LocalTime startsAt, LocalTime endsAt, int free) {
    }
}
