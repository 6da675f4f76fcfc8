package org.yichuang.server.queue.board;

import java.time.Instant;

/**
 * One call as a board shows it: ticket number, category, counter — nothing about the person.
 *
 * @param eventId the queue event's id (a board drops the same call arriving again on the stream)
 */
public record BoardCall(long eventId, String number, String category, Integer counterNo, String announcement,
        Instant at) {
}
