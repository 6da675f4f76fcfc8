package org.yichuang.server.queue.live;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code NOTIFY queue_events} for this instance after its steps commit, from one connection of its own outside
 * the pool, so that the other server instances on the database read the new rows.
 *
 * <p>Why not in the step's own transaction (a trigger did that until V29): PostgreSQL lets only one transaction that
 * notifies commit at a time, holding a database-wide lock until its commit record is on disk, so every counter action
 * of the hall waited in one line for the disk; on a 2-core machine a third of call next's p50 and half its p99 (bench/
 * queue-load.sh). Here the notification is its own transaction with {@code synchronous_commit} off: it holds that lock
 * without waiting for the disk, and losing it in a crash loses nothing, since the rows are committed and durable and
 * every instance reads them by id (at the latest on its safety poll).
 *
 * <p>Requests made while one is being sent, or within the spacing after it, make one more, not one each: a busy
 * hall's steps share notifications.
 */
final class QueueNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueueNotifier.class);
    /** The sender thread's name (tests look for leaks by it). */
    static final String THREAD_NAME = "yichuang-queue-notify";
    /** The connection's application_name (pg_stat_activity). */
    static final String APPLICATION_NAME = "yichuang-queue-notify";
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final QueueStream.Connections connections;
    private final long spacingNanos;
    private final Thread thread;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean running = true;
    /** The sending connection's backend pid, so that this instance can ignore its own notifications; 0: none yet. */
    private volatile int backendPid;

    /** @param spacing the least time between two notifications; what is asked for meanwhile goes in the next one */
    QueueNotifier(QueueStream.Connections connections, Duration spacing) {
        this.connections = connections;
        this.spacingNanos = spacing.toNanos();
        this.thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Asks for a notification soon (after a commit); never blocks. */
    void send() {
        if (pending.compareAndSet(false, true)) {
            LockSupport.unpark(thread);
        }
    }

    /** The backend pid the notifications come from now, or 0 while not connected. */
    int backendPid() {
        return backendPid;
    }

    private void run() {
        long lastQuickRetry = System.nanoTime() - 2 * RETRY.toNanos();
        while (running) {
            boolean worked = false;
            try (Connection c = connections.open(APPLICATION_NAME)) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("SET synchronous_commit = off");
                    try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                        rs.next();
                        backendPid = rs.getInt(1);
                    }
                    worked = true;
                    // what was asked for while no connection was open
                    pending.set(true);
                    sendWhileRunning(s);
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                // an idle connection that died unnoticed fails on the next send: open another at once (at most once a
                // second); when opening or setting one up fails (the database is down) wait before the next try
                long now = System.nanoTime();
                if (worked && now - lastQuickRetry > RETRY.toNanos()) {
                    lastQuickRetry = now;
                    LOG.warn("queue notifications: sending: {}; connecting again", e.getClass().getSimpleName());
                } else {
                    LOG.warn("queue notifications: {}; connecting again in {} s", e.getClass().getSimpleName(),
                            RETRY.toSeconds());
                    LockSupport.parkNanos(RETRY.toNanos());
                }
            } finally {
                backendPid = 0;
            }
        }
    }

    private void sendWhileRunning(Statement s) throws SQLException {
        long next = System.nanoTime();
        while (running) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
            } else if (pending.getAndSet(false)) {
                s.execute("NOTIFY " + QueueNotifications.CHANNEL);
                next = System.nanoTime() + spacingNanos;
            } else {
                LockSupport.park(this);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
