package org.yichuang.server.live;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A table of events numbered by one sequence (a {@code bigserial} id), read by an {@link OrderedEventStream}.
 *
 * @param <E> a row of the table
 */
public interface EventLog<E> {
    /** The highest event id (0 without events). */
    long lastId(Handle h);

    /** Up to {@code limit} events after {@code afterId}, in id order, every one (no filter: gaps must be seen). */
    List<E> after(Handle h, long afterId, int limit);

    /** The event's id. */
    long id(E event);
}
