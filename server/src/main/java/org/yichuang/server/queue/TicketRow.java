package org.yichuang.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.TicketStatus;

/** A row of {@code tickets}, without the person key; {@code publicToken} keys the phone page (/q/<token>). */
public record TicketRow(long id, long hallId, LocalDate serviceDay, String categoryCode, int sequence, String number,
        TicketStatus status, PriorityReason priorityReason, Instant issuedAt, Instant queuedAt,
        Integer targetCounterNo, Integer counterNo, int callCount, Instant firstCalledAt, Instant lastCalledAt,
        Instant startedAt, Instant finishedAt, Instant heldUntil, String closedReason, int version,
        String publicToken) {
}
