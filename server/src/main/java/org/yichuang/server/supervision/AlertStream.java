package org.yichuang.server.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.error.DomainException;
import org.yichuang.server.auth.Authenticator;
import org.yichuang.server.auth.Principal;

/**
 * Pushes 红黄牌 changes (alert_events) to connected clients as server-sent events, each with {@code id:} = the
 * event's id, in id order, each exactly once, resuming after {@code Last-Event-ID}.
 *
 * <p>One thread polls alert_events by id and does every send, so a client's replay and its live events never
 * interleave. Ids are taken when a row is inserted but become visible when its transaction commits, so a later id can
 * be seen before an earlier one: the poller delivers only a gap-free prefix. A gap (an id not visible while a higher
 * one is) is waited for until every transaction that was running when the gap was first seen has ended (the
 * snapshot's xmax against a later snapshot's xmin); the id is then delivered if it committed, and otherwise never
 * exists (its transaction rolled back). So a client that resumes from the last id it got misses nothing and receives
 * nothing twice. Polling instead of LISTEN/NOTIFY keeps one code path for live and replay, and costs one indexed
 * query per interval.
 *
 * <p>Each client sees the events of the cases it received, or all of them for supervisors. Every
 * {@code heartbeat} a comment keeps the connection (and proxies) open, and the client's token is checked again: a
 * signed-out or expired session ends its stream.
 */
public final class AlertStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertStream.class);
    /** The poller's thread name (tests look for leaks by it). */
    public static final String THREAD_NAME = "yichuang-alert-stream";
    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final Authenticator accounts;
    private final ObjectMapper json;
    private final Duration poll;
    private final Duration heartbeat;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    private final Queue<Subscriber> joining = new ConcurrentLinkedQueue<>();
    // the fields below belong to the poller thread
    private final List<Subscriber> live = new CopyOnWriteArrayList<>();
    /** Every event id up to here was delivered or can never exist. */
    private long cursor = -1;
    /** xmax of the snapshot in which the gap after {@link #cursor} was first seen; null without a gap. */
    private Long gapXmax;
    private long nextHeartbeat;

    /**
     * @param poll      how often alert_events is read
     * @param heartbeat how often a comment is sent and each client's session checked again
     */
    public AlertStream(Jdbi jdbi, Authenticator accounts, ObjectMapper json, Duration poll, Duration heartbeat) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.json = json;
        this.poll = poll;
        this.heartbeat = heartbeat;
    }

    private static final class Subscriber {
        final SseClient client;
        final Principal principal;
        final String token;
        final Long resumeAfter;
        final boolean supervisor;
        long sentUpTo;
        volatile boolean closed;

        Subscriber(SseClient client, Principal principal, String token, Long resumeAfter) {
            this.client = client;
            this.principal = principal;
            this.token = token;
            this.resumeAfter = resumeAfter;
            this.supervisor = CaseListService.supervises(principal);
        }

        boolean sees(AlertEventRow e) {
            return supervisor || e.staffId() == principal.staffId();
        }
    }

    /** Starts polling; events before now are only replayed to clients that ask with a Last-Event-ID. */
    public void start() {
        executor.scheduleWithFixedDelay(this::tick, 0, poll.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Adds a connected client. Called on the request's thread; the poller adopts it at its next round.
     *
     * @param resumeAfter the Last-Event-ID the client sent, or null for live events only
     */
    public void subscribe(SseClient client, Principal principal, String token, Long resumeAfter) {
        Subscriber s = new Subscriber(client, principal, token, resumeAfter);
        client.keepAlive();
        client.onClose(() -> s.closed = true);
        // a first line at once: the client knows the stream is open before any event
        client.sendComment("connected");
        joining.add(s);
    }

    /** Returns the number of connected clients (tests). */
    public int clients() {
        return live.size() + joining.size();
    }

    private void tick() {
        try {
            if (cursor < 0) {
                cursor = jdbi.withExtension(AlertEventDao.class, AlertEventDao::lastId);
            }
            adopt();
            List<AlertEventRow> fresh = advance();
            for (Subscriber s : live) {
                for (AlertEventRow e : fresh) {
                    if (e.id() > s.sentUpTo && s.sees(e)) {
                        send(s, e);
                    }
                }
                s.sentUpTo = Math.max(s.sentUpTo, cursor);
            }
            live.removeIf(s -> s.closed || s.client.terminated());
            long now = System.nanoTime();
            if (now - nextHeartbeat >= 0) {
                nextHeartbeat = now + heartbeat.toNanos();
                heartbeat();
            }
        } catch (RuntimeException e) {
            // the database may be restarting: the next round tries again from the same cursor
            LOG.warn("alert stream: {}", e.getClass().getSimpleName(), e);
        }
    }

    /** Replays to each new client what it missed up to the cursor, then makes it live. */
    private void adopt() {
        for (Subscriber next = joining.poll(); next != null; next = joining.poll()) {
            Subscriber s = next;
            s.sentUpTo = s.resumeAfter == null ? cursor : s.resumeAfter;
            Long staff = s.supervisor ? null : s.principal.staffId();
            while (s.sentUpTo < cursor && !s.closed) {
                long from = s.sentUpTo;
                List<AlertEventRow> missed = jdbi.withExtension(AlertEventDao.class,
                        dao -> dao.range(from, cursor, staff, BATCH));
                missed.forEach(e -> send(s, e));
                s.sentUpTo = missed.size() < BATCH ? cursor : missed.get(missed.size() - 1).id();
            }
            s.sentUpTo = Math.max(s.sentUpTo, cursor);
            live.add(s);
        }
    }

    /** Reads the events after the cursor and moves it over the gap-free prefix; returns the events passed. */
    private List<AlertEventRow> advance() {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            AlertEventDao dao = h.attach(AlertEventDao.class);
            SnapshotRow snapshot = dao.snapshot();
            List<AlertEventRow> passed = new ArrayList<>();
            boolean more = true;
            while (more) {
                List<AlertEventRow> rows = dao.after(cursor, BATCH);
                more = rows.size() == BATCH;
                for (AlertEventRow e : rows) {
                    if (e.id() != cursor + 1) {
                        if (gapXmax == null) {
                            gapXmax = snapshot.xmax();
                            return passed;
                        }
                        if (snapshot.xmin() < gapXmax) {
                            return passed;
                        }
                        // every transaction running when the gap was seen has ended: its ids never come
                        LOG.debug("alert stream: ids {}..{} never committed", cursor + 1, e.id() - 1);
                    }
                    // a later gap must be watched from a snapshot that saw it
                    gapXmax = null;
                    passed.add(e);
                    cursor = e.id();
                }
            }
            return passed;
        });
    }

    private void send(Subscriber s, AlertEventRow e) {
        if (s.closed) {
            return;
        }
        try {
            s.client.sendEvent("alert", json.writeValueAsString(e.event()), Long.toString(e.id()));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    private void heartbeat() {
        for (Subscriber s : live) {
            try {
                accounts.authenticate(s.token);
                s.client.sendComment("keepalive");
            } catch (DomainException signedOut) {
                s.closed = true;
                s.client.close();
            }
        }
        live.removeIf(s -> s.closed || s.client.terminated());
    }

    /** Stops the poller and ends every stream. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("alert stream: the poller did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Subscriber s : live) {
            s.client.close();
        }
        for (Subscriber s : joining) {
            s.client.close();
        }
        live.clear();
        joining.clear();
    }
}
