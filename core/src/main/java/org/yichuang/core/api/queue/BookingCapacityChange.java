package org.yichuang.core.api.queue;

/** {@code PUT /api/queue/booking-capacities/{category}} (ADMIN): places per booking slot of a category. */
public record BookingCapacityChange(int slotCapacity) {
}
