package org.yichuang.server.queue;

import org.jdbi.v3.core.Handle;
import org.yichuang.server.db.Commits;

/**
 * What every writer of {@code queue_events} calls after its statement: once it is committed, the live stream is told
 * (this instance's reader at once, the other instances' through a NOTIFY sent after the commit). A rolled-back step
 * tells nobody.
 */
public final class QueueChanges {
    private final Runnable committed;

    /** @param committed run after each such commit; must not block (the live stream's {@code changed}) */
    public QueueChanges(Runnable committed) {
        this.committed = committed;
    }

    /** Notes that a statement run on {@code h} wrote queue events (in its transaction, or committed by itself). */
    void wrote(Handle h) {
        Commits.after(h, committed);
    }
}
