package org.yichuang.core.queue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The slots (预约时段) of a category that takes bookings: each issuing window cut into whole hours from its start, the
 * last piece shorter when the window ends off the hour (08:30–12:00 → 08:30–09:30, …, 11:30–12:00). A booked
 * applicant comes within their slot, so the slots never leave the hours the kiosk issues tickets in.
 */
public final class BookingSlots {
    /** Places per slot of a category whose capacity the hall has not set. */
    public static final int DEFAULT_CAPACITY = 5;

    private BookingSlots() {
    }

    /** Returns the category's slots in time order. */
    public static List<IssuingWindow> of(QueueCategory category) {
        List<IssuingWindow> slots = new ArrayList<>();
        category.windows().stream().sorted((a, b) -> a.from().compareTo(b.from())).forEach(w -> {
            LocalTime from = w.from();
            while (from.isBefore(w.to())) {
                LocalTime next = from.plusHours(1);
                // plusHours wraps past midnight: a window ending at 23:59 still ends its last slot there
                LocalTime to = next.isBefore(from) || next.isAfter(w.to()) ? w.to() : next;
                slots.add(new IssuingWindow(from, to));
                from = to;
            }
        });
        return slots;
    }

    /** Returns the slot starting at {@code start}, or null when the category has none there. */
    public static IssuingWindow starting(QueueCategory category, LocalTime start) {
        return of(category).stream().filter(s -> s.from().equals(start)).findFirst().orElse(null);
    }
}
