package org.yichuang.server.queue.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection per server instance that {@code LISTEN}s on the channel {@code queue_events} (notified by each
 * instance's {@link QueueNotifier} after its steps commit) and wakes the stream for the other instances' steps (this
 * instance's own steps wake its stream directly). Outside the pool: it is held for the server's life. When the
 * connection drops it is opened again, and the stream woken at once, since a notification sent meanwhile is lost (the
 * rows are not: the stream reads by id).
 */
final class QueueNotifications implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueNotifications.class);
    /** The listener thread's name (tests look for leaks by it). */
    static final String THREAD_NAME = "yichuang-queue-listen";
    /** The connection's application_name, so that an operator (or a test) can tell it in pg_stat_activity. */
    static final String APPLICATION_NAME = "yichuang-queue-listen";
    static final String CHANNEL = "queue_events";
    private static final int WAIT_MILLIS = 500;
    /** A silently dead connection (a cable pulled) raises no error while waiting: it is checked this often. */
    private static final Duration CHECK = Duration.ofSeconds(15);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final QueueStream.Connections connections;
    private final Runnable wake;
    private final IntSupplier ownSender;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param ownSender the backend pid this instance's notifications come from (0: none), whose are not for it
     */
    QueueNotifications(QueueStream.Connections connections, Runnable wake, IntSupplier ownSender) {
        this.connections = connections;
        this.wake = wake;
        this.ownSender = ownSender;
        this.thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (running) {
            try (Connection c = connections.open(APPLICATION_NAME)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                // what was committed while no one listened
                wake.run();
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("queue notifications: {}; listening again in {} s", e.getClass().getSimpleName(),
                            RETRY.toSeconds());
                    sleep(RETRY);
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long nextCheck = System.nanoTime() + CHECK.toNanos();
        while (running) {
            PGNotification[] got = pg.getNotifications(WAIT_MILLIS);
            if (got != null && fromOthers(got)) {
                wake.run();
            }
            if (System.nanoTime() - nextCheck >= 0) {
                nextCheck = System.nanoTime() + CHECK.toNanos();
                if (!c.isValid(5)) {
                    throw new SQLException("the listening connection is no longer valid");
                }
            }
        }
    }

    private boolean fromOthers(PGNotification[] got) {
        int own = ownSender.getAsInt();
        for (PGNotification n : got) {
            if (n.getPID() != own) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
