package org.yichuang.server.live;

import java.util.List;

/**
 * Who one connected client is, for an {@link OrderedEventStream}: which events it may see and in what form, how its
 * missed events are read back, and whether it may still listen.
 *
 * @param <E> the stream's event
 */
public interface Audience<E> {
    /** Whether the client receives this event. */
    boolean sees(E event);

    /** The event as this client receives it. */
    SseMessage message(E event);

    /** Up to {@code limit} events in ({@code afterId}, {@code upTo}] the client sees, in id order (a replay). */
    List<E> range(long afterId, long upTo, int limit);

    /** Asked at each heartbeat: false ends the stream (a signed-out session). */
    default boolean stillAllowed() {
        return true;
    }
}
