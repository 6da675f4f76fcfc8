package org.yichuang.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

/** POST /api/identity-reads on real PostgreSQL: an audit row naming the counter and the kind of card, nothing more. */
class IdentityReadApiTest {
    private TestServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = TestServer.start();
        api = new ApiClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<Map<String, Object>> cardReadRows() {
        return server.jdbi().withHandle(h -> h.createQuery(
                "SELECT a.subject, a.detail, s.username FROM audit_log a JOIN staff s ON s.id = a.staff_id "
                        + "WHERE a.action = 'IDENTITY_CARD_READ' ORDER BY a.id").mapToMap().list());
    }

    @Test
    void a_card_read_at_a_counter_writes_one_audit_row_with_the_counter_and_the_kind_only() {
        String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);

        Response answer = api.postJson("/api/identity-reads", clerk, Map.of("cardKind", "RESIDENT_ID_CARD"));
        Response second = api.postJson("/api/identity-reads", clerk, Map.of("cardKind", "SOCIAL_SECURITY_CARD"));

        assertThat(answer.status()).isEqualTo(204);
        assertThat(second.status()).isEqualTo(204);
        assertThat(cardReadRows()).containsExactly(
                Map.of("subject", "counter:3", "detail", "RESIDENT_ID_CARD", "username", server.username(Role.WINDOW)),
                Map.of("subject", "counter:3", "detail", "SOCIAL_SECURITY_CARD",
                        "username", server.username(Role.WINDOW)));
    }

    @Test
    void an_unknown_card_kind_is_refused_with_its_code_and_nothing_is_written() {
        String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);

        Response unknown = api.postJson("/api/identity-reads", clerk, Map.of("cardKind", "11010519491231002X"));
        Response missing = api.postJson("/api/identity-reads", clerk, Map.of());

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("IDENTITY_CARD_KIND_UNKNOWN");
        assertThat(missing.code()).isEqualTo("IDENTITY_CARD_KIND_UNKNOWN");
        assertThat(cardReadRows()).isEmpty();
    }

    @Test
    void the_route_needs_a_signed_in_window_clerk() {
        Response anonymous = api.postJson("/api/identity-reads", null, Map.of("cardKind", "RESIDENT_ID_CARD"));
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        Response asAdmin = api.postJson("/api/identity-reads", admin, Map.of("cardKind", "RESIDENT_ID_CARD"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("AUTH_REQUIRED");
        assertThat(asAdmin.status()).isEqualTo(403);
        assertThat(asAdmin.code()).isEqualTo("FORBIDDEN");
        assertThat(cardReadRows()).isEmpty();
    }
}
