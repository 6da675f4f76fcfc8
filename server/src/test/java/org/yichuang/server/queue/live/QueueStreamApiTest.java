package org.yichuang.server.queue.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.queue.CallAnnouncement;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.SseTestClient;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.testing.TimeBound;
import org.yichuang.server.web.Json;

/**
 * The queue's live stream on real PostgreSQL (issue 12 item 6): exact resume after a reconnect, id order with a
 * rolled-back step never delivered, fan-out to a second server instance through LISTEN/NOTIFY, a listening connection
 * that comes back, the public stream's fields and limits.
 */
@TimeBound
class QueueStreamApiTest {
    /** Monday 2026-12-07, 10:00 in Beijing: inside the default issuing window. */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Far below the safety poll (30 s): an event this fast came through NOTIFY. */
    private static final Duration PROMPT = Duration.ofSeconds(2);
    /** What has not come by then is not coming (several gap rechecks and notifications). */
    private static final Duration QUIET = Duration.ofMillis(1_500);
    /** The streams' keep-alive here (10 s in production). */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = Json.newObjectMapper();

    private TestServer server;
    private ApiClient api;
    private String counter1;

    @BeforeEach
    void start() {
        server = TestServer.startWithStreamKeepAlive(new MutableClock(MONDAY_10_00), KEEP_ALIVE);
        api = new ApiClient(server.baseUrl());
        counter1 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String staff(String baseUrl) {
        return baseUrl + "/api/queue/events";
    }

    private String board(String baseUrl) {
        return baseUrl + "/public/queue/events";
    }

    private long lastId() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(max(id), 0) FROM queue_events")
                .mapTo(Long.class).one());
    }

    private String issue() {
        ApiClient.Response r = api.postJson("/api/queue/tickets", counter1, Map.of("categoryCode", "GENERAL"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("number").asText();
    }

    private JsonNode callNext() {
        ApiClient.Response r = api.postJson("/api/queue/counter/next", counter1, Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private void finish(long ticketId) {
        assertThat(api.postJson("/api/queue/tickets/" + ticketId + "/finish", counter1, Map.of()).status())
                .isEqualTo(200);
    }

    /** A counter event written straight into the table, in {@code h}'s transaction (as a step would). */
    private long rawEvent(Handle h, int counterNo) {
        return h.createQuery("INSERT INTO queue_events (hall_id, at, kind, counter_no, payload) "
                + "SELECT id, now(), 'PAUSED', :c, jsonb_build_object('counterNo', :c) FROM halls ORDER BY id LIMIT 1 "
                + "RETURNING id").bind("c", counterNo).mapTo(Long.class).one();
    }

    /** A counter event written and committed, then notified as a server instance does after its commit. */
    private long rawEvent(int counterNo) {
        long id = server.jdbi().inTransaction(h -> rawEvent(h, counterNo));
        notifyLikeAnInstance();
        return id;
    }

    private void notifyLikeAnInstance() {
        server.jdbi().useHandle(h -> h.execute("NOTIFY queue_events"));
    }

    private static List<SseTestClient.Event> take(SseTestClient client, int n, Duration wait) throws Exception {
        List<SseTestClient.Event> got = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SseTestClient.Event e = client.next(wait);
            assertThat(e).as("event " + (i + 1) + " of " + n).isNotNull();
            got.add(e);
        }
        return got;
    }

    private static List<Long> ids(List<SseTestClient.Event> events) {
        return events.stream().map(e -> Long.parseLong(e.id())).toList();
    }

    private List<Long> idsAfter(long after) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT id FROM queue_events WHERE id > :a ORDER BY id")
                .bind("a", after).mapTo(Long.class).list());
    }

    @Test
    void a_reconnect_with_last_event_id_gets_exactly_the_missed_events_then_the_live_ones() throws Exception {
        long start = lastId();
        long seen;
        try (SseTestClient first = SseTestClient.open(staff(server.baseUrl()), counter1, Long.toString(start))) {
            issue();
            issue();
            List<SseTestClient.Event> got = take(first, 2, WAIT);
            assertThat(got).extracting(SseTestClient.Event::name).containsExactly("ISSUED", "ISSUED");
            seen = Long.parseLong(got.get(1).id());
        }
        // while the board is away: a call and two more tickets
        JsonNode called = callNext();
        issue();
        finish(called.get("id").asLong());
        List<Long> missed = idsAfter(seen);
        assertThat(missed).hasSize(3);

        // the browser's reconnect sends the header; the page's first address still carries the older parameter
        try (SseTestClient again = SseTestClient.open(board(server.baseUrl()) + "?lastEventId=" + start, null,
                Long.toString(seen))) {
            List<SseTestClient.Event> replay = take(again, 3, WAIT);
            assertThat(ids(replay)).containsExactlyElementsOf(missed);
            assertThat(replay).extracting(SseTestClient.Event::name).containsExactly("CALLED", "ISSUED", "FINISHED");
            JsonNode call = JSON.readTree(replay.get(0).data());
            assertThat(call.get("number").asText()).isEqualTo(called.get("number").asText());
            assertThat(call.get("counterNo").asInt()).isEqualTo(1);
            assertThat(call.get("announcement").asText()).isEqualTo("请" + called.get("number").asText() + "号到1号窗口办理");
            assertThat(call.get("segments")).hasSize(CallAnnouncement.of(TicketNumber.parse(called.get("number")
                    .asText()), "1").segments().size());
            // a board that opens now starts from the same call, with the same sentence
            JsonNode latest = api.get("/public/queue/board", null).json().get("calls").get(0);
            assertThat(latest.get("number").asText()).isEqualTo(called.get("number").asText());
            assertThat(latest.get("announcement").asText()).isEqualTo(call.get("announcement").asText());

            String live = issue();
            SseTestClient.Event next = again.next(WAIT);
            assertThat(next.name()).isEqualTo("ISSUED");
            assertThat(JSON.readTree(next.data()).get("number").asText()).isEqualTo(live);
            assertThat(again.next(QUIET)).as("nothing twice").isNull();
        }
        // from the very start: every event once, in order
        try (SseTestClient all = SseTestClient.open(board(server.baseUrl()) + "?lastEventId=" + start, null, null)) {
            List<Long> every = idsAfter(start);
            assertThat(ids(take(all, every.size(), WAIT))).containsExactlyElementsOf(every);
            assertThat(all.next(QUIET)).isNull();
        }
    }

    @Test
    void a_later_step_waits_for_an_earlier_one_still_committing_a_rolled_back_one_never_comes_and_nothing_else_holds_it_up() throws Exception {
        try (SseTestClient client = SseTestClient.open(board(server.baseUrl()), null, Long.toString(lastId()));
                Handle slow = server.jdbi().open();
                Handle unrelated = server.jdbi().open()) {
            // a long transaction elsewhere (an import, a recompute) holds back the cluster's xmin all along: the
            // stream must not wait for it, only for the writers of queue_events
            unrelated.begin();
            unrelated.createQuery("SELECT pg_current_xact_id()::text").mapTo(String.class).one();
            slow.begin();
            long early = rawEvent(slow, 7);
            long late = rawEvent(8);
            assertThat(late).isGreaterThan(early);

            assertThat(client.next(QUIET)).as("the later event must wait for the earlier one").isNull();
            slow.commit();
            notifyLikeAnInstance();
            assertThat(ids(take(client, 2, PROMPT))).containsExactly(early, late);

            slow.begin();
            long rolledBack = rawEvent(slow, 9);
            long after = rawEvent(10);
            assertThat(client.next(QUIET)).isNull();
            slow.rollback();
            // nobody notifies for a rollback: the gap recheck delivers the later one
            assertThat(ids(take(client, 1, PROMPT))).containsExactly(after);
            assertThat(rolledBack).isLessThan(after);
            assertThat(client.next(QUIET)).isNull();
            unrelated.rollback();
        }
    }

    @Test
    void a_call_made_on_one_instance_reaches_a_board_streaming_from_another_at_once() throws Exception {
        try (TestServer.Instance b = server.anotherInstance();
                SseTestClient boardOnB = SseTestClient.open(board(b.baseUrl()), null, Long.toString(lastId()))) {
            for (int i = 0; i < 3; i++) {
                String number = issue();
                long asked = System.nanoTime();
                JsonNode called = callNext();
                assertThat(called.get("number").asText()).isEqualTo(number);
                List<SseTestClient.Event> got = take(boardOnB, 2, PROMPT);
                Duration took = Duration.ofNanos(System.nanoTime() - asked);

                assertThat(got).extracting(SseTestClient.Event::name).containsExactly("ISSUED", "CALLED");
                assertThat(JSON.readTree(got.get(1).data()).get("number").asText()).isEqualTo(number);
                assertThat(took).as("woken by NOTIFY, not by the 30 s safety poll").isLessThan(PROMPT);
                finish(called.get("id").asLong());
                assertThat(take(boardOnB, 1, PROMPT).get(0).name()).isEqualTo("FINISHED");
            }
        }
    }

    @Test
    void a_dropped_listening_connection_is_opened_again_and_calls_keep_coming_at_once() throws Exception {
        try (SseTestClient client = SseTestClient.open(board(server.baseUrl()), null, Long.toString(lastId()))) {
            int before = listener();
            assertThat(before).as("one listening connection").isPositive();
            server.jdbi().useHandle(h -> h.createQuery("SELECT pg_terminate_backend(:p)").bind("p", before)
                    .mapTo(Boolean.class).one());
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(listener()).as("listening again on a new connection").isNotIn(0, before));

            String number = issue();
            SseTestClient.Event e = client.next(PROMPT);
            assertThat(e).isNotNull();
            assertThat(JSON.readTree(e.data()).get("number").asText()).isEqualTo(number);
        }
    }

    /** The pid of this database's listening connection, 0 without one. */
    private int listener() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(max(pid), 0) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND application_name = :a AND query ILIKE 'LISTEN%'")
                .bind("a", QueueStream.listenerApplicationName()).mapTo(Integer.class).one());
    }

    /** The pid of this database's notifying connection (one instance runs), 0 without one. */
    private int notifier() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(max(pid), 0) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND application_name = :a")
                .bind("a", QueueNotifier.APPLICATION_NAME).mapTo(Integer.class).one());
    }

    @Test
    void a_step_is_notified_after_its_commit_by_the_notifying_connection_not_inside_its_own_transaction()
            throws Exception {
        // V29: no trigger notifies inside a step (PostgreSQL would make every step's commit wait its turn for the disk)
        int notifyingTriggers = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM pg_trigger "
                + "WHERE tgrelid = 'queue_events'::regclass AND NOT tgisinternal AND tgname LIKE '%notify%'")
                .mapTo(Integer.class).one());
        assertThat(notifyingTriggers).isZero();
        await().atMost(WAIT).until(() -> notifier() != 0);
        int sender = notifier();
        try (Handle listening = server.jdbi().open()) {
            listening.execute("LISTEN queue_events");
            PGConnection pg = listening.getConnection().unwrap(PGConnection.class);
            issue();
            PGNotification[] got = pg.getNotifications((int) PROMPT.toMillis());
            listening.execute("UNLISTEN *");   // the connection goes back to the pool
            assertThat(got).as("a notification within 2 s of the step").isNotEmpty();
            assertThat(got).extracting(PGNotification::getPID).containsOnly(sender);
        }
    }

    @Test
    void a_dropped_notifying_connection_is_opened_again_and_other_instances_keep_hearing_at_once() throws Exception {
        try (TestServer.Instance b = server.anotherInstance();
                SseTestClient boardOnB = SseTestClient.open(board(b.baseUrl()), null, Long.toString(lastId()))) {
            await().atMost(WAIT).until(() -> notifiers().size() == 2);
            List<Integer> before = notifiers();
            // both instances' (they share the name): the first one's is what carries issue() to the board on the second
            server.jdbi().useHandle(h -> h.createQuery("SELECT bool_and(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND application_name = :a")
                    .bind("a", QueueNotifier.APPLICATION_NAME).mapTo(Boolean.class).one());
            // a connection that died unnoticed (each is idle between steps) fails on the next send and is opened again
            // at once: the board on the second instance still hears of the first instance's step promptly
            String number = issue();
            SseTestClient.Event e = boardOnB.next(PROMPT);
            assertThat(e).as("woken by NOTIFY, not by the 30 s safety poll").isNotNull();
            assertThat(JSON.readTree(e.data()).get("number").asText()).isEqualTo(number);
            assertThat(notifiers()).as("sending on a new connection").isNotEmpty().doesNotContainAnyElementsOf(before);
        }
    }

    private List<Integer> notifiers() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT pid FROM pg_stat_activity "
                + "WHERE datname = current_database() AND application_name = :a")
                .bind("a", QueueNotifier.APPLICATION_NAME).mapTo(Integer.class).list());
    }

    @Test
    void the_public_stream_shows_what_a_board_may_show_and_the_staff_stream_the_ticket_too() throws Exception {
        long start = lastId();
        issue();
        JsonNode called = callNext();
        try (SseTestClient pub = SseTestClient.open(board(server.baseUrl()), null, Long.toString(start));
                SseTestClient staff = SseTestClient.open(staff(server.baseUrl()), counter1, Long.toString(start))) {
            JsonNode publicCall = JSON.readTree(take(pub, 2, WAIT).get(1).data());
            JsonNode staffCall = JSON.readTree(take(staff, 2, WAIT).get(1).data());

            List<String> fields = new ArrayList<>();
            for (Iterator<String> i = publicCall.fieldNames(); i.hasNext();) {
                fields.add(i.next());
            }
            assertThat(fields).containsExactlyInAnyOrder("number", "category", "status", "counterNo",
                    "announcement", "segments", "at");
            assertThat(publicCall.get("segments").get(0).asText()).isEqualTo("qing");
            assertThat(staffCall.get("ticketId").asLong()).isEqualTo(called.get("id").asLong());
        }
    }

    @Test
    void a_public_replay_goes_back_a_bounded_number_of_events_and_a_staff_one_all_the_way() throws Exception {
        long start = lastId();
        server.jdbi().useHandle(h -> h.execute("INSERT INTO queue_events (hall_id, at, kind, counter_no, payload) "
                + "SELECT (SELECT id FROM halls ORDER BY id LIMIT 1), now(), 'PAUSED', 9, '{\"counterNo\": 9}' "
                + "FROM generate_series(1, " + (QueueStream.PUBLIC_REPLAY + 100) + ")"));
        notifyLikeAnInstance();
        long last = lastId();
        // the board state's id is how far the stream has read: wait until it has read everything
        await().atMost(WAIT).until(() -> api.get("/public/queue/board", null).json().get("lastEventId").asLong()
                >= last);
        try (SseTestClient pub = SseTestClient.open(board(server.baseUrl()), null, Long.toString(start));
                SseTestClient staff = SseTestClient.open(staff(server.baseUrl()), counter1, Long.toString(start))) {
            assertThat(Long.parseLong(pub.next(WAIT).id())).isEqualTo(last - QueueStream.PUBLIC_REPLAY + 1);
            assertThat(Long.parseLong(staff.next(WAIT).id())).isEqualTo(start + 1);
        }
    }

    @Test
    void a_bad_event_id_is_refused_the_staff_stream_needs_a_session_and_one_address_cannot_hold_every_stream()
            throws Exception {
        ApiClient.Response bad = api.send(api.builder("/public/queue/events?lastEventId=12abc", null)
                .header("Accept", "text/event-stream").timeout(WAIT));
        ApiClient.Response anonymous = api.send(api.builder("/api/queue/events", null)
                .header("Accept", "text/event-stream").GET());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("QUEUE_STREAM_EVENT_ID_INVALID");
        assertThat(anonymous.status()).isEqualTo(401);

        List<SseTestClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < QueueStream.PUBLIC_PER_ADDRESS; i++) {
                open.add(SseTestClient.open(board(server.baseUrl()), null, null));
            }
            ApiClient.Response refused = api.send(api.builder("/public/queue/events", null)
                    .header("Accept", "text/event-stream").timeout(WAIT));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("QUEUE_STREAM_BUSY");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        } finally {
            open.forEach(SseTestClient::close);
        }
        // a closed stream gives its place back, noticed when a keep-alive write fails (the second after the close)
        SseTestClient again = await().atMost(KEEP_ALIVE.multipliedBy(10)).pollInterval(Duration.ofMillis(200))
                .ignoreException(IllegalStateException.class)
                .until(() -> SseTestClient.open(board(server.baseUrl()), null, null), java.util.Objects::nonNull);
        again.close();
    }
}
