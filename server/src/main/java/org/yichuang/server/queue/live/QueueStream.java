package org.yichuang.server.queue.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.RetryLaterException;
import org.yichuang.core.queue.CallAnnouncement;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.server.account.ClientAddress;
import org.yichuang.server.auth.Authenticator;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.hall.HallDao;
import org.yichuang.server.hall.HallRow;
import org.yichuang.server.live.Audience;
import org.yichuang.server.live.EventBatch;
import org.yichuang.server.live.EventLog;
import org.yichuang.server.live.OrderedEventStream;
import org.yichuang.server.live.SessionCheck;
import org.yichuang.server.live.SseMessage;

/**
 * The hall queue's live stream (issue 12): every queue_events row as a server-sent event, {@code event:} = its kind
 * ({@code CALLED}, {@code ISSUED}, …), {@code id:} = its id, {@code data:} = its payload plus {@code at}; in id order,
 * each once, resumed exactly after {@code Last-Event-ID} (header, or {@code ?lastEventId=} for a page's first
 * connection). Ordering and gaps are {@link OrderedEventStream}'s.
 *
 * <p>A step's commit wakes this instance's reader at once ({@link #changed()}) and, through a {@code NOTIFY
 * queue_events} sent after it, every other instance's ({@code LISTEN}), so a call reaches the boards of every instance
 * on the database within milliseconds; a slow poll is only the safety net for a lost notification.
 *
 * <p>The public stream (boards, kiosks, phone pages; no sign-in) carries only what a board may show — number,
 * category, status, counter, announcement — and is limited per address and in all, so that nobody on the hall
 * network can hold every connection; the signed-in stream adds the ticket id.
 */
public final class QueueStream implements AutoCloseable {
    /** The reader's thread name (tests look for leaks by it). */
    public static final String THREAD_NAME = "yichuang-queue-stream";
    /** The listening connection's thread name. */
    public static final String LISTEN_THREAD_NAME = QueueNotifications.THREAD_NAME;
    /** The fields of a payload the public stream passes on. */
    static final Set<String> PUBLIC_FIELDS = Set.of("number", "category", "status", "counterNo", "announcement",
            "segments");
    /** The kinds a board announces. */
    private static final Set<String> CALLS = Set.of("CALLED", "RECALLED");
    /** Public streams one address may hold: a few boards and kiosks behind one NAT, not thousands. */
    static final int PUBLIC_PER_ADDRESS = 16;
    /** Public streams in all. */
    static final int PUBLIC_TOTAL = 400;
    /** Read anyway this often: only a lost notification makes it matter. */
    static final Duration SAFETY_POLL = Duration.ofSeconds(30);
    /**
     * A busy hall's steps (hundreds a second with 200 counters) are read and notified together, at most one round and
     * one NOTIFY per this time, instead of one of each per step: a call reaches a board at most this much later.
     */
    static final Duration SPACING = Duration.ofMillis(20);
    /** While an earlier id is missing (a step still committing, or rolled back: no NOTIFY), read this often. */
    static final Duration GAP_RECHECK = Duration.ofMillis(25);
    private static final int MAX_EVENT_ID_DIGITS = 18;
    /** The advisory lock every statement inserting queue_events holds shared from before its ids are taken (V25). */
    static final long WRITER_LOCK = 1_220_312;
    /**
     * A public client is replayed at most this many events (a busy hall's few days): the replay runs on the reader
     * thread, and anyone could ask for the hall's whole history again and again. A board gone longer reads its state.
     */
    static final long PUBLIC_REPLAY = 10_000;

    private final Jdbi jdbi;
    private final Authenticator accounts;
    private final ObjectMapper json;
    private final OrderedEventStream<QueueEventRow> stream;
    private final QueueNotifications notifications;
    private final QueueNotifier notifier;
    private final StreamSlots publicSlots = new StreamSlots(PUBLIC_PER_ADDRESS, PUBLIC_TOTAL);
    // both belong to the reader thread: an event is rendered once for all clients of a kind
    private final LastRendered publicRender = new LastRendered(this::publicMessage);
    private final LastRendered staffRender = new LastRendered(this::staffMessage);

    /**
     * @param connections opens the listening and the notifying connection (outside the pool)
     * @param keepAlive   how often a comment keeps idle streams open through proxies and finds the clients that went
     *                    away (a failed write gives their public places back) or signed out
     */
    public QueueStream(Jdbi jdbi, Authenticator accounts, ObjectMapper json, Connections connections,
            Duration keepAlive) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.json = json;
        this.stream = new OrderedEventStream<>(THREAD_NAME, jdbi, new Log(), SAFETY_POLL, GAP_RECHECK, keepAlive,
                SPACING);
        this.notifier = new QueueNotifier(connections, SPACING);
        this.notifications = new QueueNotifications(connections, stream::wake, notifier::backendPid);
    }

    /** Opens a connection outside the pool, for LISTEN or NOTIFY. */
    @FunctionalInterface
    public interface Connections {
        /** Opens it with the given application_name (pg_stat_activity); the caller closes it. */
        java.sql.Connection open(String applicationName) throws java.sql.SQLException;
    }

    /** The application_name of the listening connection (pg_stat_activity). */
    public static String listenerApplicationName() {
        return QueueNotifications.APPLICATION_NAME;
    }

    /**
     * After a commit that wrote queue_events: wakes this instance's reader, and asks for the NOTIFY that wakes the
     * others'. Never blocks.
     */
    public void changed() {
        stream.wake();
        notifier.send();
    }

    private static final class Log implements EventLog<QueueEventRow> {
        @Override
        public long lastId(Handle h) {
            return h.attach(QueueEventDao.class).lastId();
        }

        @Override
        public EventBatch<QueueEventRow> after(Handle h, long afterId, int limit) {
            return EventBatch.of(h.attach(QueueEventDao.class).after(afterId, limit), QueueEventDao.After::xmin,
                    QueueEventDao.After::xmax, QueueEventDao.After::event);
        }

        @Override
        public long id(QueueEventRow event) {
            return event.id();
        }

        @Override
        public java.util.OptionalLong writerLock() {
            return java.util.OptionalLong.of(WRITER_LOCK);
        }
    }

    /** Starts reading and listening. */
    public void start() {
        stream.start();
        notifier.start();
        notifications.start();
    }

    /** GET /api/queue/events: every event of the hall with its ticket id, for the client's counter screens. */
    public void staffStream(Context ctx) {
        AuthHandler.principal(ctx);
        Long resumeAfter = lastEventId(ctx);
        String header = ctx.header("Authorization");
        String token = header.substring("Bearer ".length()).strip();
        long hall = hallId();
        noBuffering(ctx);
        new SseHandler(client -> stream.subscribe(client, new HallAudience(hall, staffRender) {
            @Override
            public boolean stillAllowed() {
                return SessionCheck.stillSignedIn(accounts, token);
            }
        }, resumeAfter, () -> { })).handle(ctx);
    }

    /** GET /public/queue/events: what a board may show, no sign-in; 503 QUEUE_STREAM_BUSY past the limits. */
    public void publicStream(Context ctx) {
        Long asked = lastEventId(ctx);
        Long resumeAfter = asked == null ? null : Math.max(asked, stream.position() - PUBLIC_REPLAY);
        String address = ClientAddress.of(ctx.req().getRemoteAddr());
        if (!publicSlots.take(address)) {
            throw new RetryLaterException(ErrorCode.QUEUE_STREAM_BUSY, ErrorCode.QUEUE_STREAM_BUSY.defaultMessage(),
                    Duration.ofSeconds(30));
        }
        boolean handed = false;
        try {
            long hall = hallId();
            noBuffering(ctx);
            new SseHandler(client -> stream.subscribe(client, new HallAudience(hall, publicRender), resumeAfter,
                    () -> publicSlots.give(address))).handle(ctx);
            handed = true;
        } finally {
            if (!handed) {
                publicSlots.give(address);
            }
        }
    }

    /** See {@link OrderedEventStream#position()}: a page reads it, then its state, then streams from it. */
    public long position() {
        return stream.position();
    }

    private long hallId() {
        return jdbi.withExtension(HallDao.class, HallDao::firstHall).map(HallRow::id).orElse(-1L);
    }

    private static void noBuffering(Context ctx) {
        // nginx and similar proxies hold a response back to fill a buffer unless told not to
        ctx.header("X-Accel-Buffering", "no");
    }

    /** The Last-Event-ID header (a browser's reconnect), else the lastEventId parameter; null for live only. */
    static Long lastEventId(Context ctx) {
        String header = ctx.header("Last-Event-ID");
        return parse(header != null && !header.isBlank() ? header : ctx.queryParam("lastEventId"));
    }

    static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_EVENT_ID_DIGITS || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DomainException(ErrorCode.QUEUE_STREAM_EVENT_ID_INVALID);
        }
        return Long.parseLong(v);
    }

    /** Returns the number of connected clients (tests). */
    public int clients() {
        return stream.clients();
    }

    private class HallAudience implements Audience<QueueEventRow> {
        private final long hall;
        private final LastRendered render;

        HallAudience(long hall, LastRendered render) {
            this.hall = hall;
            this.render = render;
        }

        @Override
        public boolean sees(QueueEventRow e) {
            return e.hallId() == hall;
        }

        @Override
        public SseMessage message(QueueEventRow e) {
            return render.of(e);
        }

        @Override
        public List<QueueEventRow> range(long afterId, long upTo, int limit) {
            return jdbi.withExtension(QueueEventDao.class, dao -> dao.range(hall, afterId, upTo, limit));
        }
    }

    private SseMessage publicMessage(QueueEventRow e) {
        ObjectNode payload = read(e);
        payload.retain(PUBLIC_FIELDS);
        payload.put("at", e.at().toString());
        return new SseMessage(e.kind(), payload.toString(), e.id());
    }

    private SseMessage staffMessage(QueueEventRow e) {
        ObjectNode payload = read(e);
        if (e.ticketId() != null) {
            payload.put("ticketId", e.ticketId());
        }
        payload.put("at", e.at().toString());
        return new SseMessage(e.kind(), payload.toString(), e.id());
    }

    /** The event's payload, with the spoken announcement added to a call (it is not stored; V30). */
    private ObjectNode read(QueueEventRow e) {
        ObjectNode payload;
        try {
            payload = (ObjectNode) json.readTree(e.payload());
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
        if (CALLS.contains(e.kind()) && e.counterNo() != null && payload.hasNonNull("number")) {
            CallAnnouncement a = CallAnnouncement.of(TicketNumber.parse(payload.get("number").asText()),
                    String.valueOf(e.counterNo()));
            payload.put("announcement", a.text());
            ArrayNode segments = payload.putArray("segments");
            a.segments().forEach(segments::add);
        }
        return payload;
    }

    /** The last event rendered and its message: every client of a kind gets the same event in turn. */
    private static final class LastRendered {
        private final Function<QueueEventRow, SseMessage> render;
        private long id = -1;
        private SseMessage message;

        LastRendered(Function<QueueEventRow, SseMessage> render) {
            this.render = render;
        }

        SseMessage of(QueueEventRow e) {
            if (e.id() != id) {
                message = render.apply(e);
                id = e.id();
            }
            return message;
        }
    }

    /** Stops listening and reading, and ends every stream. */
    @Override
    public void close() {
        notifications.close();
        notifier.close();
        stream.close();
    }
}
