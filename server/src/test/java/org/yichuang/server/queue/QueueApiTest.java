package org.yichuang.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.identity.IdNumber;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

/** The queue's HTTP API on real PostgreSQL: settings, reception tickets and the counter's actions (issue 12). */
class QueueApiTest {
    /** Monday 2026-12-07, 10:00 in Beijing: inside the default issuing window. */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");

    private static final ObjectMapper JSON = Json.newObjectMapper();

    private MutableClock clock;
    private TestServer server;
    private ApiClient api;
    private String counter1;
    private String counter2;

    @BeforeEach
    void start() {
        clock = new MutableClock(MONDAY_10_00);
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        counter1 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        counter2 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 2);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String idBornIn(int year) {
        String first17 = "110105" + year + "0101" + "123";
        return first17 + IdNumber.checkDigit(first17);
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private List<String> eventKinds(long ticketId) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT kind FROM queue_events WHERE ticket_id = :id "
                + "ORDER BY id").bind("id", ticketId).mapTo(String.class).list());
    }

    private Response issue(Map<String, Object> body) {
        return api.postJson("/api/queue/tickets", counter1, body);
    }

    private JsonNode issued(Map<String, Object> body) {
        Response r = issue(body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private Response act(String token, long id, String action) {
        return api.postJson("/api/queue/tickets/" + id + "/" + action, token, Map.of());
    }

    @Test
    void a_new_hall_gets_one_general_category_that_all_its_counters_serve() {
        Response r = api.get("/api/queue/settings", counter1);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("version").asInt()).isZero();
        JsonNode s = r.json().get("settings");
        assertThat(s.get("categories")).hasSize(1);
        assertThat(s.get("categories").get(0).get("prefix").asText()).isEqualTo("A");
        assertThat(s.get("assignments")).hasSize(4);
    }

    @Test
    void settings_are_saved_whole_by_an_administrator_checked_versioned_and_audited() {
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        JsonNode current = api.get("/api/queue/settings", admin).json();
        Map<String, Object> settings = JSON.convertValue(current.get("settings"), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> general = (Map<String, Object>) ((List<Object>) settings.get("categories")).get(0);
        general.put("cap", Map.of("limit", 100, "warnAt", 90));   // a cap without booking is unlawful

        Response refused = api.putJson("/api/queue/settings", admin, Map.of("expectedVersion", 0, "settings", settings));
        Response byClerk = api.putJson("/api/queue/settings", counter1,
                Map.of("expectedVersion", 0, "settings", current.get("settings")));
        general.put("cap", null);
        general.put("name", "综合业务");
        Response saved = api.putJson("/api/queue/settings", admin, Map.of("expectedVersion", 0, "settings", settings));
        Response stale = api.putJson("/api/queue/settings", admin, Map.of("expectedVersion", 0, "settings", settings));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("QUEUE_SETTINGS_INVALID");
        assertThat(refused.json().get("problems").get(0).get("field").asText()).isEqualTo("categories[0].cap");
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(stale.code()).isEqualTo("QUEUE_SETTINGS_CONFLICT");
        assertThat(api.get("/api/queue/settings", counter1).json().at("/settings/categories/0/name").asText())
                .isEqualTo("综合业务");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'QUEUE_SETTINGS_CHANGED'"))
                .isEqualTo(1);
    }

    @Test
    void tickets_are_numbered_per_day_an_elderly_applicant_goes_first_and_one_person_gets_one_ticket() {
        JsonNode first = issued(Map.of("categoryCode", "GENERAL"));
        JsonNode elderly = issued(Map.of("categoryCode", "GENERAL", "documentType", "RESIDENT_ID",
                "documentNumber", idBornIn(1950)));
        Response again = issue(Map.of("categoryCode", "GENERAL", "documentType", "RESIDENT_ID",
                "documentNumber", idBornIn(1950)));
        String valid = idBornIn(1990);
        Response badChecksum = issue(Map.of("categoryCode", "GENERAL", "documentType", "RESIDENT_ID",
                "documentNumber", valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0')));
        Response elderlyByHand = issue(Map.of("categoryCode", "GENERAL", "priority", "ELDERLY"));
        JsonNode third = issued(Map.of("categoryCode", "GENERAL"));

        assertThat(first.get("number").asText()).isEqualTo("A001");
        assertThat(elderly.get("number").asText()).isEqualTo("A002");
        assertThat(elderly.get("priority").asText()).isEqualTo("ELDERLY");
        assertThat(elderly.get("peopleAhead").asInt()).isZero();
        assertThat(again.code()).isEqualTo("QUEUE_ALREADY_HAS_TICKET");
        assertThat(again.json().get("message").asText()).contains("A002");
        assertThat(badChecksum.code()).isEqualTo("ID_NUMBER_CHECKSUM");
        assertThat(elderlyByHand.code()).isEqualTo("QUEUE_PRIORITY_NOT_GRANTED");
        assertThat(third.get("number").asText()).as("a refused issue takes no number").isEqualTo("A003");
        assertThat(third.get("peopleAhead").asInt()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM tickets WHERE person_key IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log "
                + "WHERE action = 'QUEUE_TICKET_ISSUED' AND detail NOT LIKE '%1101%'"))
                .isEqualTo(1);
    }

    @Test
    void outside_the_issuing_window_and_for_an_unknown_category_nothing_is_issued() {
        clock.advance(Duration.ofHours(2).plusMinutes(30));   // 12:30, the lunch break of the default windows

        Response lunch = issue(Map.of("categoryCode", "GENERAL"));
        Response unknown = issue(Map.of("categoryCode", "NOPE"));

        assertThat(lunch.code()).isEqualTo("QUEUE_OUTSIDE_WINDOW");
        assertThat(lunch.json().get("message").asText()).contains("08:30–12:00").contains("12:30");
        assertThat(unknown.code()).isEqualTo("QUEUE_CATEGORY_NOT_FOUND");
        assertThat(count("SELECT count(*) FROM tickets")).isZero();
    }

    @Test
    void a_counter_calls_priority_first_must_finish_before_the_next_and_marks_missed_only_after_the_rule() {
        long a1 = issued(Map.of("categoryCode", "GENERAL")).get("id").asLong();
        issued(Map.of("categoryCode", "GENERAL", "documentType", "RESIDENT_ID",
                "documentNumber", idBornIn(1950)));

        Response call = api.postJson("/api/queue/counter/next", counter1, Map.of());
        Response busy = api.postJson("/api/queue/counter/next", counter1, Map.of());
        long a2 = call.json().get("id").asLong();
        Response early = act(counter1, a2, "missed");
        act(counter1, a2, "recall");
        clock.advance(Duration.ofMinutes(2));
        Response recalled = act(counter1, a2, "recall");
        Response missed = act(counter1, a2, "missed");
        Response finishMissed = act(counter1, a2, "finish");
        Response next = api.postJson("/api/queue/counter/next", counter1, Map.of());

        assertThat(call.json().get("number").asText()).isEqualTo("A002");
        assertThat(busy.code()).isEqualTo("QUEUE_COUNTER_BUSY");
        assertThat(busy.json().get("message").asText()).contains("A002");
        assertThat(early.code()).isEqualTo("QUEUE_MISSED_TOO_EARLY");
        assertThat(early.json().get("message").asText()).contains("1 次").contains("满 3 次");
        assertThat(recalled.json().get("callCount").asInt()).isEqualTo(3);
        assertThat(missed.json().get("status").asText()).isEqualTo("MISSED");
        assertThat(finishMissed.code()).isEqualTo("QUEUE_TICKET_STATE");
        assertThat(next.json().get("id").asLong()).isEqualTo(a1);
    }

    @Test
    void a_stale_screen_cannot_act_on_a_ticket_another_counter_called_and_is_told_which() {
        issued(Map.of("categoryCode", "GENERAL"));
        JsonNode a2 = issued(Map.of("categoryCode", "GENERAL"));

        Response byOne = api.postJson("/api/queue/counter/call", counter1, Map.of("number", "a002"));
        Response byTwo = api.postJson("/api/queue/counter/call", counter2, Map.of("number", "A002"));
        Response finishByTwo = act(counter2, a2.get("id").asLong(), "finish");

        assertThat(byOne.json().get("status").asText()).isEqualTo("CALLED");
        assertThat(byTwo.code()).isEqualTo("QUEUE_TICKET_TAKEN");
        assertThat(byTwo.json().get("message").asText()).contains("1 号窗口");
        assertThat(finishByTwo.code()).isEqualTo("QUEUE_TICKET_TAKEN");
        assertThat(api.postJson("/api/queue/counter/call", counter2, Map.of("number", "A2x")).code())
                .isEqualTo("TICKET_NUMBER_INVALID");
    }

    @Test
    void a_paused_counter_calls_nobody_and_a_held_ticket_returns_to_its_counter_after_the_hold_time() {
        issued(Map.of("categoryCode", "GENERAL"));
        issued(Map.of("categoryCode", "GENERAL"));
        api.postJson("/api/queue/counter/pause", counter1, Map.of());
        Response paused = api.postJson("/api/queue/counter/next", counter1, Map.of());
        api.postJson("/api/queue/counter/resume", counter1, Map.of());
        long first = api.postJson("/api/queue/counter/next", counter1, Map.of()).json().get("id").asLong();
        Response held = act(counter1, first, "hold");
        Response otherCounter = api.postJson("/api/queue/counter/next", counter2, Map.of());
        act(counter2, otherCounter.json().get("id").asLong(), "finish");
        Response nothingYet = api.postJson("/api/queue/counter/next", counter2, Map.of());
        clock.advance(Duration.ofMinutes(10));
        Response backToOne = api.postJson("/api/queue/counter/next", counter1, Map.of());

        assertThat(paused.code()).isEqualTo("QUEUE_COUNTER_PAUSED");
        assertThat(held.json().get("status").asText()).isEqualTo("HELD");
        assertThat(otherCounter.json().get("number").asText()).isEqualTo("A002");
        assertThat(nothingYet.code()).isEqualTo("QUEUE_EMPTY");
        assertThat(backToOne.json().get("id").asLong()).isEqualTo(first);
        assertThat(eventKinds(first)).containsExactly("ISSUED", "CALLED", "HELD", "HOLD_ENDED", "CALLED");
    }

    @Test
    void a_transfer_keeps_the_number_and_is_refused_to_a_closed_category() {
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        JsonNode current = api.get("/api/queue/settings", admin).json();
        Map<String, Object> settings = JSON.convertValue(current.get("settings"), Map.class);
        @SuppressWarnings("unchecked")
        List<Object> categories = (List<Object>) settings.get("categories");
        @SuppressWarnings("unchecked")
        Map<String, Object> closed = new java.util.HashMap<>((Map<String, Object>) categories.get(0));
        closed.put("code", "TAX");
        closed.put("name", "税务");
        closed.put("prefix", "E");
        closed.put("active", false);
        categories.add(closed);
        Response saved = api.putJson("/api/queue/settings", admin, Map.of("expectedVersion", 0, "settings", settings));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long id = issued(Map.of("categoryCode", "GENERAL")).get("id").asLong();
        api.postJson("/api/queue/counter/next", counter1, Map.of());

        Response toClosed = api.postJson("/api/queue/tickets/" + id + "/transfer", counter1,
                Map.of("categoryCode", "TAX"));
        Response toCounter = api.postJson("/api/queue/tickets/" + id + "/transfer", counter1, Map.of("counterNo", 3));
        Response counterTwoSkips = api.postJson("/api/queue/counter/next", counter2, Map.of());

        assertThat(toClosed.code()).isEqualTo("QUEUE_CATEGORY_CLOSED");
        assertThat(toCounter.json().get("number").asText()).isEqualTo("A001");
        assertThat(toCounter.json().get("status").asText()).isEqualTo("WAITING");
        assertThat(toCounter.json().get("counterNo").asInt()).isEqualTo(3);
        assertThat(counterTwoSkips.code()).as("a ticket sent to counter 3 waits for counter 3").isEqualTo("QUEUE_EMPTY");
    }

    @Test
    void the_next_queue_day_closes_what_the_day_left_open_and_numbering_restarts_at_the_reset_not_at_midnight() {
        long waiting = issued(Map.of("categoryCode", "GENERAL")).get("id").asLong();
        long called = issued(Map.of("categoryCode", "GENERAL")).get("id").asLong();
        api.postJson("/api/queue/counter/call", counter1, Map.of("number", "A002"));
        clock.advance(Duration.ofHours(14).plusMinutes(30));   // 00:30 on Tuesday: still Monday's queue day
        counter1 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);   // a night shift
        Response afterMidnight = api.get("/api/queue/counter", counter1);
        clock.advance(Duration.ofHours(8));                     // 08:30 on Tuesday
        counter1 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);   // a new shift
        JsonNode tuesday = issued(Map.of("categoryCode", "GENERAL"));

        assertThat(afterMidnight.json().at("/current/number").asText()).isEqualTo("A002");
        assertThat(tuesday.get("number").asText()).isEqualTo("A001");
        assertThat(tuesday.get("serviceDay").asText()).isEqualTo("2026-12-08");
        assertThat(closedReason(waiting)).isEqualTo("当日未叫号，日终关闭");
        assertThat(closedReason(called)).isEqualTo("叫号后未到，日终关闭");
        assertThat(eventKinds(called)).endsWith("CLOSED");
        assertThat(api.get("/api/queue/counter", counter1).json().get("current").isNull()).isTrue();
    }

    @Test
    void the_kiosk_issues_without_sign_in_refuses_priority_and_a_flood_from_one_address_is_limited() {
        Response priority = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL",
                "priority", "DISABLED"));
        int issuedCount = 0;
        Response limited = null;
        for (int i = 0; i < 30 && limited == null; i++) {
            Response r = api.postJson("/kiosk/api/tickets", null, Map.of("categoryCode", "GENERAL"));
            if (r.status() == 201) {
                issuedCount++;
            } else {
                limited = r;
            }
        }

        assertThat(priority.code()).isEqualTo("QUEUE_PRIORITY_NOT_GRANTED");
        assertThat(limited).isNotNull();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("QUEUE_RATE_LIMITED");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        // the burst of 10 less the refused priority request; the clock stands still, so no token comes back
        assertThat(issuedCount).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM tickets")).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM tickets WHERE issued_by IS NULL")).isEqualTo(9);
    }

    private String closedReason(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT closed_reason FROM tickets WHERE id = :id "
                + "AND status = 'CLOSED'").bind("id", id).mapTo(String.class).findOne().orElse(null));
    }
}
