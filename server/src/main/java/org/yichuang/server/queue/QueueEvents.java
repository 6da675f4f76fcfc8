package org.yichuang.server.queue;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Writes a ticket's {@code queue_events} row from Java, in the transaction of a step that is more than one statement
 * (issuing a ticket). A counter's steps write theirs in their own statement instead ({@code TicketDao}, V30). The daily
 * logs' times and the live stream both read the events; the payload is what a board may show — never a person.
 */
public final class QueueEvents {
    private final QueueChanges changes;

    /** Tells {@code changes} of each write. */
    public QueueEvents(QueueChanges changes) {
        this.changes = changes;
    }

    void record(Handle h, String kind, TicketRow t, Integer counterNo, Long staffId, Instant at) {
        h.attach(TicketDao.class).insertEvent(t, kind, counterNo, staffId, at);
        changes.wrote(h);
    }
}
