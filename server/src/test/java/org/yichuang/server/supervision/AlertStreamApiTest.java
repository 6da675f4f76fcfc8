package org.yichuang.server.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.server.supervision.SupervisedCases.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.SseTestClient;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

class AlertStreamApiTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Longer than several polls (500 ms): what has not come by then is not coming. */
    private static final Duration QUIET = Duration.ofMillis(2_000);
    /** The streams' keep-alive here (10 s in production): the session is checked again at each. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(1);
    private final MutableClock clock = new MutableClock(at("2025-10-11", "09:00"));
    private final ObjectMapper json = Json.newObjectMapper();
    private TestServer server;
    private ApiClient api;
    private SupervisedCases cases;
    private String supervisor;
    private String window;
    private long mine;
    private long others;

    @BeforeEach
    void start() {
        server = TestServer.startWithStreamKeepAlive(clock, KEEP_ALIVE);
        api = new ApiClient(server.baseUrl());
        cases = new SupervisedCases(server.jdbi());
        supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        mine = cases.newCase().staff("window1").state("RECEIVED").accepted(null).due(null, null).insert();
        others = cases.newCase().staff("backoffice1").state("RECEIVED").accepted(null).due(null, null).insert();
    }

    private String stream() {
        return server.baseUrl() + "/api/alerts/stream";
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Inserts an alert event of a case (as AlertService does) and returns its id. */
    private long event(Handle h, long caseId, String level) {
        return h.createQuery("INSERT INTO alert_events (case_id, staff_id, at, old_level, new_level, reason) "
                + "SELECT id, staff_id, now(), 'NONE', :level, '测试' FROM cases WHERE id = :id RETURNING id")
                .bind("id", caseId).bind("level", level).mapTo(Long.class).one();
    }

    private long event(long caseId, String level) {
        return server.jdbi().inTransaction(h -> event(h, caseId, level));
    }

    private List<Long> take(SseTestClient client, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SseTestClient.Event e = client.next(WAIT);
            assertThat(e).as("event " + (i + 1) + " of " + n).isNotNull();
            assertThat(e.name()).isEqualTo("alert");
            JsonNode data = json.readTree(e.data());
            assertThat(data.path("id").asText()).isEqualTo(e.id());
            ids.add(Long.parseLong(e.id()));
        }
        return ids;
    }

    @Test
    void a_reconnect_with_last_event_id_replays_exactly_the_missed_events_then_live_ones() throws Exception {
        long e1;
        long e2;
        long e3;
        long e4;
        long e5;
        // "0": from the first event on, so nothing depends on when the poller adopts the client
        try (SseTestClient first = SseTestClient.open(stream(), supervisor, "0")) {
            e1 = event(mine, "WARNING");
            e2 = event(others, "YELLOW");
            assertThat(take(first, 2)).containsExactly(e1, e2);
        }
        e3 = event(mine, "YELLOW");
        e4 = event(others, "RED");

        try (SseTestClient again = SseTestClient.open(stream(), supervisor, Long.toString(e2))) {
            assertThat(take(again, 2)).containsExactly(e3, e4);
            e5 = event(mine, "RED");
            assertThat(take(again, 1)).containsExactly(e5);
            assertThat(again.next(QUIET)).isNull();
        }
        try (SseTestClient fromStart = SseTestClient.open(stream(), supervisor, "0")) {
            assertThat(take(fromStart, 5)).containsExactly(e1, e2, e3, e4, e5);
            assertThat(fromStart.next(QUIET)).isNull();
        }
    }

    @Test
    void an_event_carries_the_case_number_and_both_levels() throws Exception {
        try (SseTestClient client = SseTestClient.open(stream(), supervisor, "0")) {
            event(mine, "RED");
            SseTestClient.Event e = client.next(WAIT);
            JsonNode data = json.readTree(e.data());
            assertThat(data.path("caseNo").asText()).startsWith("SUPV-");
            assertThat(data.path("oldLevel").asText()).isEqualTo("NONE");
            assertThat(data.path("newLevel").asText()).isEqualTo("RED");
            assertThat(data.path("newLabel").asText()).isEqualTo("红牌");
            assertThat(data.path("reason").asText()).isEqualTo("测试");
        }
    }

    @Test
    void a_clerk_receives_only_the_events_of_their_own_cases_live_and_replayed() throws Exception {
        long before = event(others, "WARNING");
        long own = event(mine, "WARNING");
        try (SseTestClient clerk = SseTestClient.open(stream(), window, Long.toString(before - 1))) {
            assertThat(take(clerk, 1)).containsExactly(own);
            event(others, "RED");
            long live = event(mine, "RED");
            assertThat(take(clerk, 1)).containsExactly(live);
            assertThat(clerk.next(QUIET)).isNull();
        }
    }

    @Test
    void a_later_event_waits_for_an_earlier_one_still_uncommitted_and_a_rolled_back_one_is_skipped()
            throws Exception {
        try (SseTestClient client = SseTestClient.open(stream(), supervisor, "0");
                Handle slow = server.jdbi().open()) {
            slow.begin();
            long early = event(slow, mine, "WARNING");
            long late = event(others, "WARNING");
            assertThat(late).isGreaterThan(early);

            assertThat(client.next(QUIET)).as("the later event must wait for the earlier one").isNull();
            slow.commit();
            assertThat(take(client, 2)).containsExactly(early, late);

            slow.begin();
            long rolledBack = event(slow, mine, "RED");
            long after = event(others, "RED");
            assertThat(client.next(QUIET)).isNull();
            slow.rollback();
            assertThat(take(client, 1)).containsExactly(after);
            assertThat(rolledBack).isLessThan(after);
        }
    }

    @Test
    void signing_out_ends_the_stream_at_the_next_keep_alive() throws Exception {
        try (SseTestClient client = SseTestClient.open(stream(), window, null)) {
            assertThat(api.delete("/api/sessions/current", window).status()).isEqualTo(204);

            // the keep-alive (every second here) checks the token again
            assertThat(client.endsWithin(KEEP_ALIVE.multipliedBy(10))).isTrue();
        }
    }

    @Test
    void a_bad_last_event_id_or_no_token_is_refused() {
        ApiClient.Response bad = api.send(api.builder("/api/alerts/stream", supervisor)
                .header("Accept", "text/event-stream").header("Last-Event-ID", "12abc").GET());
        ApiClient.Response anonymous = api.send(api.builder("/api/alerts/stream", null)
                .header("Accept", "text/event-stream").GET());
        ApiClient.Response admin = api.send(api.builder("/api/alerts/stream",
                api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null))
                .header("Accept", "text/event-stream").GET());

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("ALERT_STREAM_EVENT_ID_INVALID");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(admin.status()).isEqualTo(403);
    }
}
