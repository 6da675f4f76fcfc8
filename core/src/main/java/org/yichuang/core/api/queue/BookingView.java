package org.yichuang.core.api.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.yichuang.core.queue.BookingStatus;

/**
 * A booking as its holder sees it on the booking page: no name, phone or document number.
 *
 * @param token       the booking's unguessable key (cancel with it)
 * @param cancelUntil the last moment (hall time) the booking may be cancelled
 */
public record BookingView(String token, String categoryCode, String categoryName, LocalDate day, LocalTime startsAt,
        LocalTime endsAt, BookingStatus status, String statusLabel, LocalDateTime cancelUntil) {
}
