package org.yichuang.server.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.server.auth.Authenticator;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.live.Audience;
import org.yichuang.server.live.EventBatch;
import org.yichuang.server.live.EventLog;
import org.yichuang.server.live.OrderedEventStream;
import org.yichuang.server.live.SessionCheck;
import org.yichuang.server.live.SseMessage;

/**
 * Pushes 红黄牌 changes (alert_events) to connected clients as server-sent events named {@code alert}, each with
 * {@code id:} = the event's id, in id order, each exactly once, resuming after {@code Last-Event-ID} (the ordering and
 * gap rules are {@link OrderedEventStream}'s). The table is polled: alerts change on a scale of minutes, and polling
 * costs one indexed query per interval.
 *
 * <p>Each client sees the events of the cases it received, or all of them for supervisors. At each heartbeat the
 * client's token is checked again: a signed-out or expired session ends its stream.
 */
public final class AlertStream implements AutoCloseable {
    /** The poller's thread name (tests look for leaks by it). */
    public static final String THREAD_NAME = "yichuang-alert-stream";

    private final Jdbi jdbi;
    private final Authenticator accounts;
    private final ObjectMapper json;
    private final OrderedEventStream<AlertEventRow> stream;

    /**
     * @param poll      how often alert_events is read
     * @param heartbeat how often a comment is sent and each client's session checked again
     */
    public AlertStream(Jdbi jdbi, Authenticator accounts, ObjectMapper json, Duration poll, Duration heartbeat) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.json = json;
        this.stream = new OrderedEventStream<>(THREAD_NAME, jdbi, new Log(), poll, poll, heartbeat, Duration.ZERO);
    }

    private static final class Log implements EventLog<AlertEventRow> {
        @Override
        public long lastId(Handle h) {
            return h.attach(AlertEventDao.class).lastId();
        }

        @Override
        public EventBatch<AlertEventRow> after(Handle h, long afterId, int limit) {
            return EventBatch.of(h.attach(AlertEventDao.class).after(afterId, limit), AlertEventDao.After::xmin,
                    AlertEventDao.After::xmax, AlertEventDao.After::event);
        }

        @Override
        public long id(AlertEventRow event) {
            return event.id();
        }
    }

    private static SseMessage message(ObjectMapper json, AlertEventRow e) {
        try {
            return new SseMessage("alert", json.writeValueAsString(e.event()), e.id());
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** Starts polling; events before now are only replayed to clients that ask with a Last-Event-ID. */
    public void start() {
        stream.start();
    }

    /**
     * Adds a connected client. Called on the request's thread; the poller adopts it at once.
     *
     * @param resumeAfter the Last-Event-ID the client sent, or null for live events only
     */
    public void subscribe(SseClient client, Principal principal, String token, Long resumeAfter) {
        boolean supervisor = CaseListService.supervises(principal);
        Long staff = supervisor ? null : principal.staffId();
        stream.subscribe(client, new Audience<>() {
            @Override
            public boolean sees(AlertEventRow e) {
                return supervisor || e.staffId() == principal.staffId();
            }

            @Override
            public SseMessage message(AlertEventRow e) {
                return AlertStream.message(json, e);
            }

            @Override
            public List<AlertEventRow> range(long afterId, long upTo, int limit) {
                return jdbi.withExtension(AlertEventDao.class, dao -> dao.range(afterId, upTo, staff, limit));
            }

            @Override
            public boolean stillAllowed() {
                return SessionCheck.stillSignedIn(accounts, token);
            }
        }, resumeAfter, () -> { });
    }

    /** Returns the number of connected clients (tests). */
    public int clients() {
        return stream.clients();
    }

    /** Stops the poller and ends every stream. */
    @Override
    public void close() {
        stream.close();
    }
}
