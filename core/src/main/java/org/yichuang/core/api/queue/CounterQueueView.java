package org.yichuang.core.api.queue;

import java.util.Map;

/**
 * What a counter's queue panel shows: {@code GET /api/queue/counter}.
 *
 * @param current  the ticket the counter called or serves now, or null
 * @param waiting  waiting tickets per category code the counter serves
 */
public record CounterQueueView(int counterNo, boolean paused, TicketView current, Map<String, Integer> waiting) {
    /** Copies the map. */
    public CounterQueueView {
        waiting = Map.copyOf(waiting);
    }
}
