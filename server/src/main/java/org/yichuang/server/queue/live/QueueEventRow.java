package org.yichuang.server.queue.live;

import java.time.Instant;

/** A queue_events row as the live stream reads it; {@code payload} is its JSON (what a board may show). */
public record QueueEventRow(long id, long hallId, Instant at, String kind, Long ticketId, Integer counterNo,
        String payload) {
}
