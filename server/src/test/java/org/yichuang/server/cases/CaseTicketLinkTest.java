package org.yichuang.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/** A case received for a queue ticket knows it and its waiting time (issue 12, V20 {@code cases.ticket_id}). */
class CaseTicketLinkTest {
    /** Monday 2026-12-07, 10:00 in Beijing: inside the default issuing window. */
    private static final Instant MONDAY_10_00 = Instant.parse("2026-12-07T02:00:00Z");

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

    private long cases() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM cases").mapTo(Long.class).one());
    }

    private Response createCase(String token, Long ticketId) {
        return api.postJson("/api/cases", token, new NewCase(UUID.randomUUID().toString(), server.anyItemCode(),
                new ApplicantInput("张三", "11010519491231002X", null), null, ticketId));
    }

    /** Issues A001 at reception, lets it wait 7 minutes and calls it at counter 1. */
    private long calledAtCounter1() {
        Response issued = api.postJson("/api/queue/tickets", counter1, Map.of("categoryCode", "GENERAL"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(7));
        Response called = api.postJson("/api/queue/counter/next", counter1, Map.of());
        assertThat(called.status()).as(called.body()).isEqualTo(200);
        assertThat(called.json().get("number").asText()).isEqualTo("A001");
        return called.json().get("id").asLong();
    }

    @Test
    void a_case_for_the_ticket_the_counter_serves_shows_its_number_and_waiting_time() {
        long ticket = calledAtCounter1();
        clock.advance(Duration.ofMinutes(1));
        api.postJson("/api/queue/tickets/" + ticket + "/start", counter1, Map.of());

        Response created = createCase(counter1, ticket);
        Response read = api.get("/api/cases/" + created.json().get("caseNo").asText(), counter1);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("ticketNumber").asText()).isEqualTo("A001");
        assertThat(created.json().get("ticketWaitSeconds").asLong()).as("issued → first called").isEqualTo(420);
        assertThat(read.json().get("ticketNumber").asText()).isEqualTo("A001");
        assertThat(read.json().get("ticketWaitSeconds").asLong()).isEqualTo(420);
        Long linked = server.jdbi().withHandle(h -> h.createQuery("SELECT ticket_id FROM cases").mapTo(Long.class)
                .one());
        assertThat(linked).isEqualTo(ticket);
    }

    @Test
    void a_ticket_of_another_counter_a_finished_one_or_none_at_all_is_refused_and_stores_nothing() {
        long ticket = calledAtCounter1();

        Response otherCounter = createCase(counter2, ticket);
        Response unknown = createCase(counter1, ticket + 1000);
        api.postJson("/api/queue/tickets/" + ticket + "/finish", counter1, Map.of());
        Response finished = createCase(counter1, ticket);

        for (Response r : new Response[] {otherCounter, unknown, finished}) {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.code()).isEqualTo("CASE_TICKET_NOT_AT_COUNTER");
            assertThat(r.json().get("message").asText()).contains("排队号");
        }
        assertThat(cases()).isZero();
    }

    @Test
    void a_case_without_a_ticket_has_none() {
        Response created = createCase(counter1, null);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("ticketNumber").isNull() || created.json().path("ticketNumber").isMissingNode()).isTrue();
        assertThat(created.json().path("ticketWaitSeconds").isNull() || created.json().path("ticketWaitSeconds").isMissingNode()).isTrue();
    }
}
