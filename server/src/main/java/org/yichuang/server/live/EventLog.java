package org.yichuang.server.live;

import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/**
 * A table of events numbered by one sequence (a {@code bigserial} id), read by an {@link OrderedEventStream}.
 *
 * @param <E> a row of the table
 */
public interface EventLog<E> {
    /** The highest event id (0 without events). */
    long lastId(Handle h);

    /**
     * Up to {@code limit} events after {@code afterId}, in id order, every one (no filter: gaps must be seen), read by
     * one statement together with its snapshot's bounds ({@link EventBatch#of}).
     */
    EventBatch<E> after(Handle h, long afterId, int limit);

    /** The event's id. */
    long id(E event);

    /**
     * The key of the advisory lock every writer of the table holds (shared, until its transaction ends) from before
     * it takes an id; then a gap waits only for those writers. Empty: a gap waits for every transaction of the cluster
     * that was running when it was seen (the snapshot's xmin), however unrelated and long.
     */
    default OptionalLong writerLock() {
        return OptionalLong.empty();
    }
}
