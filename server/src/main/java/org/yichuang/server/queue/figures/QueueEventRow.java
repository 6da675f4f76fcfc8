package org.yichuang.server.queue.figures;

import java.time.Instant;

/**
 * One {@code queue_events} row as the figures read it.
 *
 * @param category        the queue the ticket is in after the step (the event's payload)
 * @param targetCounterNo the one counter a transfer sent the ticket to, or null
 * @param issuedAt        the ticket's issue time (null for a counter's own event)
 * @param priority        whether the ticket has a priority reason
 */
public record QueueEventRow(long id, Instant at, String kind, Long ticketId, Integer counterNo, Long staffId,
        String category, Integer targetCounterNo, Instant issuedAt, boolean priority) {
}
