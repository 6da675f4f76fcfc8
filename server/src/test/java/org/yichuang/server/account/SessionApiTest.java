package org.yichuang.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.PeerClient;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.testing.TimeBound;

@TimeBound
class SessionApiTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private TestServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Response signIn(Role role, String password, Integer counter) {
        return api.postJson("/api/sessions", null, new SignInRequest(server.username(role), password, counter));
    }

    private int auditCount(String action) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    @Test
    void signIn_returns_a_256_bit_token_the_staff_member_and_the_counter() {
        Response r = signIn(Role.WINDOW, server.password(Role.WINDOW), 1);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("token").asText()).hasSize(43);
        assertThat(r.json().path("expiresAt").asText()).isEqualTo("2026-03-02T13:00:00Z");
        assertThat(r.json().path("staff").path("roles").toString()).isEqualTo("[\"WINDOW\"]");
        assertThat(r.json().path("counter").path("name").asText()).isEqualTo("1号综合窗口");
        assertThat(auditCount("SIGN_IN")).isEqualTo(1);
    }

    @Test
    void the_session_carries_the_halls_zone_with_a_counter_and_without_one() {
        server.jdbi().useHandle(h -> h.execute("UPDATE halls SET zone_id = 'Asia/Urumqi'"));

        Response clerk = signIn(Role.WINDOW, server.password(Role.WINDOW), 1);
        Response admin = signIn(Role.ADMIN, server.password(Role.ADMIN), null);

        assertThat(clerk.json().path("hallZone").asText()).isEqualTo("Asia/Urumqi");
        assertThat(admin.json().path("counter").isNull()).isTrue();
        assertThat(admin.json().path("hallZone").asText()).isEqualTo("Asia/Urumqi");
        Response current = api.get("/api/sessions/current", admin.json().path("token").asText());
        assertThat(current.json().path("hallZone").asText()).isEqualTo("Asia/Urumqi");
    }

    @Test
    void only_the_sha256_of_the_token_is_stored() {
        String token = signIn(Role.WINDOW, server.password(Role.WINDOW), 1).json().path("token").asText();

        String stored = server.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM sessions")
                .mapTo(String.class).one());
        assertThat(stored).isEqualTo(Tokens.fingerprint(token)).doesNotContain(token);
    }

    @Test
    void signIn_with_a_wrong_password_answers_401_AUTH_BAD_CREDENTIALS_and_is_audited() {
        Response r = signIn(Role.WINDOW, "wrong", 1);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        assertThat(auditCount("SIGN_IN_FAILED")).isEqualTo(1);
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void after_five_wrong_passwords_the_next_attempt_gets_429_AUTH_THROTTLED_with_Retry_After_and_stores_nothing() {
        for (int i = 1; i <= 5; i++) {
            assertThat(signIn(Role.WINDOW, "wrong", 1).code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        }
        Response sixth = signIn(Role.WINDOW, "wrong", 1);
        Response right = signIn(Role.WINDOW, server.password(Role.WINDOW), 1);

        for (Response r : new Response[] {sixth, right}) {
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.code()).isEqualTo("AUTH_THROTTLED");
            assertThat(r.headers().firstValue("Retry-After")).contains("1");
            assertThat(r.json().path("message").asText()).isEqualTo("登录失败次数过多，请 1 秒后再试。");
        }
        assertThat(auditCount("SIGN_IN_FAILED")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM sessions")).isZero();
    }

    @Test
    void the_wait_doubles_and_the_right_password_gets_in_once_it_has_passed() {
        for (int i = 0; i < 5; i++) {
            signIn(Role.WINDOW, "wrong", 1);
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(Role.WINDOW, "wrong", 1).code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        Response early = signIn(Role.WINDOW, server.password(Role.WINDOW), 1);
        assertThat(early.status()).isEqualTo(429);
        assertThat(early.headers().firstValue("Retry-After")).contains("2");

        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn(Role.WINDOW, server.password(Role.WINDOW), 1).status()).isEqualTo(200);
    }

    @Test
    void a_strangers_wrong_passwords_from_another_address_do_not_keep_the_clerk_out() {
        PeerClient stranger = new PeerClient(server.baseUrl(), "127.0.0.2");
        String wrong = "{\"username\":\"window1\",\"password\":\"guess\",\"counterNo\":1}";
        for (int i = 0; i < 5; i++) {
            assertThat(stranger.postJson("/api/sessions", wrong).status()).isEqualTo(401);
        }
        assertThat(stranger.postJson("/api/sessions", wrong).status()).isEqualTo(429);

        assertThat(signIn(Role.WINDOW, server.password(Role.WINDOW), 1).status()).isEqualTo(200);
    }

    @Test
    void the_client_address_is_the_tcp_peer_never_X_Forwarded_For() {
        PeerClient peer = new PeerClient(server.baseUrl(), "127.0.0.3");
        String wrong = "{\"username\":\"window1\",\"password\":\"guess\",\"counterNo\":1}";
        for (int i = 0; i < 5; i++) {
            peer.postJson("/api/sessions", wrong, "X-Forwarded-For", "127.0.0." + (10 + i));
        }

        PeerClient.Answer spoofed = peer.postJson("/api/sessions", wrong, "X-Forwarded-For", "127.0.0.1");
        assertThat(spoofed.status()).isEqualTo(429);
        assertThat(spoofed.headers()).containsEntry("retry-after", "1");
        assertThat(spoofed.body()).contains("\"code\":\"AUTH_THROTTLED\"");
        Response framed = api.send(api.builder("/api/sessions", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "127.0.0.3").POST(java.net.http.HttpRequest.BodyPublishers.ofString(wrong)));
        assertThat(framed.code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'SIGN_IN_FAILED' AND subject = 'ip:127.0.0.3'"))
                .isEqualTo(5);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'SIGN_IN_FAILED' AND subject = 'ip:127.0.0.1'"))
                .isEqualTo(1);
    }

    @Test
    void a_success_resets_the_failure_count() {
        for (int i = 0; i < 4; i++) {
            signIn(Role.WINDOW, "wrong", 1);
        }
        assertThat(signIn(Role.WINDOW, server.password(Role.WINDOW), 1).status()).isEqualTo(200);

        assertThat(signIn(Role.WINDOW, "wrong", 1).code()).isEqualTo("AUTH_BAD_CREDENTIALS");
    }

    @Test
    void an_unknown_user_gets_the_same_answers_and_the_same_wait_as_a_wrong_password() {
        StringBuilder known = new StringBuilder();
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            Response k = signIn(Role.WINDOW, "wrong", 1);
            Response u = api.postJson("/api/sessions", null, new SignInRequest("nobody", "x", 1));
            known.append(k.status()).append(k.code()).append(k.headers().firstValue("Retry-After")).append(k.body());
            unknown.append(u.status()).append(u.code()).append(u.headers().firstValue("Retry-After")).append(u.body());
        }

        assertThat(unknown.toString()).isEqualTo(known.toString()).contains("401AUTH_BAD_CREDENTIALS")
                .contains("429AUTH_THROTTLED");
    }

    @Test
    void a_window_clerk_must_name_a_registered_counter() {
        assertThat(signIn(Role.WINDOW, server.password(Role.WINDOW), null).code()).isEqualTo("COUNTER_REQUIRED");
        Response unknown = signIn(Role.WINDOW, server.password(Role.WINDOW), 99);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("COUNTER_NOT_FOUND");
    }

    @Test
    void other_roles_may_sign_in_without_a_counter() {
        Response r = signIn(Role.SUPERVISOR, server.password(Role.SUPERVISOR), null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("counter").isNull()).isTrue();
    }

    @Test
    void routes_without_a_token_answer_401_AUTH_REQUIRED() {
        Response r = api.get("/api/items", null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("AUTH_REQUIRED");
        assertThat(r.json().path("message").asText()).isEqualTo("请先登录。");
    }

    @Test
    void an_unknown_token_answers_401_AUTH_TOKEN_INVALID() {
        Response r = api.get("/api/items", "not-a-token");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("AUTH_TOKEN_INVALID");
    }

    @Test
    void a_token_expires_after_twelve_hours() {
        String token = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        clock.advance(Duration.ofHours(12).minusSeconds(1));
        assertThat(api.get("/api/items", token).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        Response r = api.get("/api/items", token);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("AUTH_TOKEN_INVALID");
    }

    @Test
    void the_current_session_is_returned_without_its_token() {
        String token = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 2);

        Response r = api.get("/api/sessions/current", token);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("token").isNull()).isTrue();
        assertThat(r.json().path("staff").path("username").asText()).isEqualTo("window1");
        assertThat(r.json().path("counter").path("number").asInt()).isEqualTo(2);
    }

    @Test
    void signOut_revokes_the_token_and_is_audited() {
        String token = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);

        assertThat(api.delete("/api/sessions/current", token).status()).isEqualTo(204);

        assertThat(api.get("/api/items", token).code()).isEqualTo("AUTH_TOKEN_INVALID");
        assertThat(auditCount("SIGN_OUT")).isEqualTo(1);
    }

    @Test
    void a_session_revoked_elsewhere_stops_working_within_the_cache_time_although_it_is_in_use_all_along() {
        String token = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        assertThat(api.get("/api/counters", token).status()).isEqualTo(200);
        // as another server instance's sign-out (or the database's administrator) would
        server.jdbi().useHandle(h -> h.createUpdate("UPDATE sessions SET revoked_at = now() WHERE token_hash = :f")
                .bind("f", Tokens.fingerprint(token)).execute());
        // requests every 50 ms keep the cached session in use, so the cache reads it again together with the others
        // before it expires; that read must drop it, not keep it alive
        await().atMost(SessionCache.TTL.plusSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> "AUTH_TOKEN_INVALID".equals(api.get("/api/counters", token).code()));
        assertThat(api.get("/api/counters", token).status()).isEqualTo(401);
    }

    @Test
    void a_role_not_listed_on_the_route_answers_403_FORBIDDEN() {
        String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);

        Response audit = api.get("/api/audit", clerk);
        Response read = api.get("/api/cases/X", admin);

        assertThat(audit.status()).isEqualTo(403);
        assertThat(audit.code()).isEqualTo("FORBIDDEN");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void counters_and_items_are_listed_for_any_signed_in_role() {
        String token = api.signIn(server.username(Role.RELEASE), server.password(Role.RELEASE), null);

        Response counters = api.get("/api/counters", token);
        Response items = api.get("/api/items", token);

        assertThat(counters.json()).hasSize(4);
        assertThat(counters.json().get(0).path("hallName").asText()).isEqualTo("示范县政务服务中心");
        assertThat(items.json().size()).isGreaterThanOrEqualTo(20);
        assertThat(items.json().get(0).path("statutoryLimit").path("unit").asText()).isNotEmpty();
    }

    @Test
    void the_audit_log_is_readable_by_supervisors_newest_first() {
        signIn(Role.WINDOW, "wrong", 1);
        String token = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);

        Response r = api.get("/api/audit?limit=2", token);

        assertThat(r.status()).isEqualTo(200);
        JsonNode entries = r.json().path("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).path("action").asText()).isEqualTo("SIGN_IN");
        assertThat(entries.get(0).path("username").asText()).isEqualTo("supervisor1");
        assertThat(entries.get(1).path("action").asText()).isEqualTo("SIGN_IN_FAILED");
        assertThat(entries.get(1).path("subject").asText()).isEqualTo("ip:127.0.0.1");
        assertThat(api.get("/api/audit?limit=abc", token).code()).isEqualTo("MALFORMED_REQUEST");
    }
}
