package org.yichuang.core.api.queue;

import java.time.Instant;
import java.time.LocalDate;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.TicketStatus;

/**
 * A ticket as counters, reception and the printed slip see it; it carries nothing personal.
 *
 * @param peopleAhead tickets of its category waiting before it (0 once called)
 * @param counterNo   the counter that called it last, or the counter it was transferred to; null before
 * @param statusPath  the phone page that follows the ticket, below the hall's public base URL (e.g. {@code /q/<token>});
 *                    null for none (contract with helper "kiosk", issue 12; the printed ticket's QR code points there)
 */
public record TicketView(long id, String number, LocalDate serviceDay, String categoryCode, String categoryName,
        TicketStatus status, PriorityReason priority, Instant issuedAt, int peopleAhead, Integer counterNo,
        int callCount, Instant firstCalledAt, Instant startedAt, Instant finishedAt, Instant heldUntil,
        String statusPath) {
}
