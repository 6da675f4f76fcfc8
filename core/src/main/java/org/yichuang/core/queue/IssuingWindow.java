package org.yichuang.core.queue;

import java.time.LocalTime;

/**
 * A time of day during which a category issues tickets (取号时段), e.g. 08:30–11:30; the end is exclusive, so the
 * kiosk refuses a ticket at 11:30 sharp.
 */
public record IssuingWindow(LocalTime from, LocalTime to) {
    /** Returns true when {@code time} lies in the window. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(to);
    }

    /** Returns the window as printed, e.g. {@code 08:30–11:30}. */
    @Override
    public String toString() {
        return from + "–" + to;
    }
}
