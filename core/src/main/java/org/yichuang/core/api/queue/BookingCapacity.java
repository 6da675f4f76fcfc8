package org.yichuang.core.api.queue;

/**
 * {@code GET /api/queue/booking-capacities} (ADMIN): the places per booking slot (每时段可预约人数) of a category that
 * offers booking.
 *
 * @param categoryCode the category
 * @param slotCapacity places per slot; the default when never set
 * @param set          false while the category still runs on the default
 */
public record BookingCapacity(String categoryCode, int slotCapacity, boolean set) {
}
