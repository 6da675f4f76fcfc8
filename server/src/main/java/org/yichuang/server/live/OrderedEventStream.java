package org.yichuang.server.live;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the rows of an event table to connected clients as server-sent events, each with {@code id:} = the row's
 * id, in id order, each exactly once, resuming after {@code Last-Event-ID}. The 红黄牌 stream and the queue's stream
 * are both this class with their own table, audience and wake-up.
 *
 * <p>One thread reads the table by id and does every send, so a client's replay and its live events never
 * interleave. Ids are taken when a row is inserted but become visible when its transaction commits, so a later id can
 * be seen before an earlier one: the reader delivers only a gap-free prefix. A gap (an id not visible while a higher
 * one is) is waited for until every transaction that was running when the gap was first seen has ended (the
 * snapshot's xmax against a later snapshot's xmin) — or, where every writer holds the table's advisory lock from before
 * it takes an id ({@link EventLog#writerLock()}), until the writers holding it then have ended, so that unrelated long
 * transactions elsewhere in the cluster hold nothing up; the id is then delivered if it committed, and otherwise never
 * exists (its transaction rolled back). So a client that resumes from the last id it got misses nothing and receives
 * nothing twice.
 *
 * <p>The table is read every {@code poll}, at once after {@link #wake()} (a NOTIFY, a new client), and every
 * {@code gapRecheck} while a gap is held (a rolled-back transaction sends no NOTIFY). Every {@code heartbeat} a
 * comment keeps the connection (and proxies) open and each client's {@link Audience#stillAllowed()} is asked.
 *
 * @param <E> a row of the table
 */
public final class OrderedEventStream<E> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OrderedEventStream.class);
    private static final int BATCH = 500;
    /**
     * At start the reader begins this many ids before the highest one, so that events of transactions still running
     * then (another server instance's calls) are not jumped over.
     */
    private static final long START_LOOKBACK = 1_000;

    private final String name;
    private final Jdbi jdbi;
    private final EventLog<E> log;
    private final Duration poll;
    private final Duration gapRecheck;
    private final Duration heartbeat;
    private final long spacingNanos;
    private final ScheduledExecutorService executor;
    /** When the last round began (System.nanoTime). */
    private volatile long lastRound = System.nanoTime() - Duration.ofDays(1).toNanos();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final Queue<Subscriber<E>> joining = new ConcurrentLinkedQueue<>();
    // the fields below belong to the reader thread
    private final List<Subscriber<E>> live = new CopyOnWriteArrayList<>();
    /** Every event id up to here was delivered or can never exist; -1 before the first round. */
    private volatile long cursor = -1;
    /** The highest id when the reader started: a client asking for live events only starts there at the earliest. */
    private long liveFrom;
    /** xmax of the snapshot in which the gap after {@link #cursor} was first seen; null without a gap. */
    private Long gapXmax;
    /** With a writer lock: the writers holding it when the gap was first seen; null without a gap. */
    private Set<String> gapWriters;
    /** With a writer lock: every writer of {@link #gapWriters} has ended (checked before this round's snapshot). */
    private boolean gapWritersEnded;

    /**
     * @param threadName the reader thread's name (tests look for leaks by it)
     * @param poll       how often the table is read without a wake-up
     * @param gapRecheck how soon it is read again while a gap is held
     * @param heartbeat  how often a comment is sent and each client asked {@link Audience#stillAllowed()}
     * @param spacing    the least time from one round's start to the next a wake-up starts: events coming faster
     *                   are read together (an event after a quiet spell is read at once)
     */
    public OrderedEventStream(String threadName, Jdbi jdbi, EventLog<E> log, Duration poll, Duration gapRecheck,
            Duration heartbeat, Duration spacing) {
        this.name = threadName;
        this.jdbi = jdbi;
        this.log = log;
        this.poll = poll;
        this.gapRecheck = gapRecheck;
        this.heartbeat = heartbeat;
        this.spacingNanos = spacing.toNanos();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    private static final class Subscriber<E> {
        final SseClient client;
        final Audience<E> audience;
        final Long resumeAfter;
        final Runnable onEnd;
        long sentUpTo;
        volatile boolean closed;
        private final AtomicBoolean ended = new AtomicBoolean();

        Subscriber(SseClient client, Audience<E> audience, Long resumeAfter, Runnable onEnd) {
            this.client = client;
            this.audience = audience;
            this.resumeAfter = resumeAfter;
            this.onEnd = onEnd;
        }

        boolean gone() {
            return closed || client.terminated();
        }

        void end() {
            if (ended.compareAndSet(false, true)) {
                onEnd.run();
            }
        }
    }

    /** Starts reading; events before now are only replayed to clients that ask with a Last-Event-ID. */
    public void start() {
        executor.scheduleWithFixedDelay(this::tick, 0, poll.toNanos(), TimeUnit.NANOSECONDS);
        executor.scheduleWithFixedDelay(this::heartbeat, heartbeat.toNanos(), heartbeat.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    /**
     * Reads the table as soon as the reader is free and the spacing since the last round has passed (a step committed,
     * a NOTIFY came, a client joined); many calls make one round.
     */
    public void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                long wait = lastRound + spacingNanos - System.nanoTime();
                executor.schedule(this::tick, Math.max(0, wait), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed
            }
        }
    }

    /**
     * Adds a connected client. Called on the request's thread; the reader adopts it at once.
     *
     * @param resumeAfter the Last-Event-ID the client sent, or null for live events only
     * @param onEnd       run once when the stream ends, whoever ends it
     */
    public void subscribe(SseClient client, Audience<E> audience, Long resumeAfter, Runnable onEnd) {
        Subscriber<E> s = new Subscriber<>(client, audience, resumeAfter, onEnd);
        client.keepAlive();
        client.onClose(() -> {
            s.closed = true;
            s.end();
        });
        // a first line at once: the client knows the stream is open before any event
        client.sendComment("connected");
        joining.add(s);
        wake();
    }

    /**
     * Returns an id up to which every event was delivered or can never exist: a page that reads its state after
     * asking this and then streams from it misses nothing (it may receive events its state already shows).
     */
    public long position() {
        long c = cursor;
        return c >= 0 ? c : Math.max(0, jdbi.withHandle(log::lastId) - START_LOOKBACK);
    }

    /** Returns the number of connected clients (tests). */
    public int clients() {
        return live.size() + joining.size();
    }

    private void tick() {
        lastRound = System.nanoTime();
        wakeQueued.set(false);
        try {
            if (cursor < 0) {
                long last = jdbi.withHandle(log::lastId);
                liveFrom = last;
                cursor = Math.max(0, last - START_LOOKBACK);
            }
            adopt();
            List<E> fresh = advance();
            for (Subscriber<E> s : live) {
                for (E e : fresh) {
                    if (log.id(e) > s.sentUpTo && s.audience.sees(e)) {
                        send(s, e);
                    }
                }
                s.sentUpTo = Math.max(s.sentUpTo, cursor);
            }
            drop();
        } catch (RuntimeException e) {
            // the database may be restarting: the next round tries again from the same cursor
            LOG.warn("{}: {}", name, e.getClass().getSimpleName(), e);
        }
        if (gapXmax != null) {
            try {
                executor.schedule(this::wake, gapRecheck.toNanos(), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed
            }
        }
    }

    /** Replays to each new client what it missed up to the cursor, then makes it live. */
    private void adopt() {
        for (Subscriber<E> next = joining.poll(); next != null; next = joining.poll()) {
            Subscriber<E> s = next;
            s.sentUpTo = s.resumeAfter == null ? Math.max(cursor, liveFrom) : s.resumeAfter;
            while (s.sentUpTo < cursor && !s.gone()) {
                long from = s.sentUpTo;
                List<E> missed = s.audience.range(from, cursor, BATCH);
                missed.forEach(e -> send(s, e));
                s.sentUpTo = missed.size() < BATCH ? cursor : log.id(missed.get(missed.size() - 1));
            }
            live.add(s);
        }
    }

    /** Reads the events after the cursor and moves it over the gap-free prefix; returns the events passed. */
    private List<E> advance() {
        OptionalLong lock = log.writerLock();
        if (gapWriters != null) {
            // before the snapshot below: whatever those writers committed is then visible in it
            Set<String> now = jdbi.withExtension(WriterLockDao.class, dao -> dao.lockHolders(lock.getAsLong()));
            gapWritersEnded = gapWriters.stream().noneMatch(now::contains);
        }
        // each read is one statement in autocommit, with its snapshot's bounds in its rows: the bounds agree with the
        // rows without a transaction around them (a REPEATABLE READ transaction took four round trips where this takes
        // one, up to 50 times a second on every instance of a busy hall)
        return jdbi.withHandle(h -> {
            List<E> passed = new ArrayList<>();
            boolean more = true;
            while (more) {
                EventBatch<E> batch = log.after(h, cursor, BATCH);
                more = batch.events().size() == BATCH;
                for (E e : batch.events()) {
                    long id = log.id(e);
                    if (id != cursor + 1) {
                        if (gapXmax == null) {
                            gapXmax = batch.xmax();
                            if (lock.isPresent()) {
                                // read after this batch's snapshot: a writer missing from it had ended by then
                                gapWriters = h.attach(WriterLockDao.class).lockHolders(lock.getAsLong());
                                gapWritersEnded = false;
                            }
                            return passed;
                        }
                        if (lock.isPresent() ? !gapWritersEnded : batch.xmin() < gapXmax) {
                            return passed;
                        }
                        // every transaction that could hold these ids has ended: they never come
                        LOG.debug("{}: ids {}..{} never committed", name, cursor + 1, id - 1);
                    }
                    // a later gap must be watched from a snapshot that saw it
                    gapXmax = null;
                    gapWriters = null;
                    passed.add(e);
                    cursor = id;
                }
            }
            return passed;
        });
    }

    private void send(Subscriber<E> s, E e) {
        if (s.gone()) {
            return;
        }
        SseMessage m = s.audience.message(e);
        s.client.sendEvent(m.name(), m.data(), Long.toString(m.id()));
    }

    /** On the reader thread too, so a comment never interleaves with an event. */
    private void heartbeat() {
        try {
            for (Subscriber<E> s : live) {
                if (!s.audience.stillAllowed()) {
                    s.closed = true;
                    s.client.close();
                } else {
                    // a client that went away is noticed when a write fails
                    s.client.sendComment("keepalive");
                }
            }
            drop();
        } catch (RuntimeException e) {
            LOG.warn("{}: heartbeat: {}", name, e.getClass().getSimpleName(), e);
        }
    }

    private void drop() {
        live.removeIf(s -> {
            if (s.gone()) {
                s.end();
                return true;
            }
            return false;
        });
    }

    /** Stops the reader and ends every stream. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("{}: the reader did not stop within 10 s", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Subscriber<E> s : live) {
            s.client.close();
            s.end();
        }
        for (Subscriber<E> s : joining) {
            s.client.close();
            s.end();
        }
        live.clear();
        joining.clear();
    }
}
