package org.yichuang.server.queue;

import org.jdbi.v3.core.Handle;

/**
 * What every writer of {@code queue_events} calls in its transaction: once it commits, the live stream is told (this
 * instance's reader at once, the other instances' through a NOTIFY sent after the commit). A rolled-back step tells
 * nobody.
 */
public final class QueueChanges {
    private final Runnable committed;

    /** @param committed run after each such commit; must not block (the live stream's {@code changed}) */
    public QueueChanges(Runnable committed) {
        this.committed = committed;
    }

    /** Notes that the transaction of {@code h} wrote queue events. */
    void wrote(Handle h) {
        h.afterCommit(committed);
    }
}
