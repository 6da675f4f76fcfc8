package org.yichuang.core.api.queue;

import java.time.Instant;

/**
 * One event of the hall queue's live stream ({@code GET /api/queue/events}): what a counter, board or kiosk needs to
 * know that something changed — never a person.
 *
 * @param id        the event's id ({@code queue_events.id}), the stream's resume position (Last-Event-ID)
 * @param kind      {@code ISSUED}, {@code CALLED}, {@code RECALLED}, {@code STARTED}, {@code FINISHED}, {@code MISSED},
 *                  {@code HELD}, {@code TRANSFERRED}, {@code CLOSED}, pause and resume of a counter, …
 * @param number    the ticket number, null for an event of a counter
 * @param category  the ticket's category code now, null for an event of a counter
 * @param status    the ticket's status after the event, null for an event of a counter
 * @param counterNo the counter concerned, or null
 */
public record QueueStreamEvent(long id, String kind, String number, String category, String status,
        Integer counterNo, Instant at) {
}
