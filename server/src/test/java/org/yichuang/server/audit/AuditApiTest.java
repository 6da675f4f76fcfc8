package org.yichuang.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

class AuditApiTest {
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private TestServer server;
    private ApiClient api;
    private String supervisor;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A flood of failed sign-ins as an attack leaves it, written straight into the log (Argon2 would take minutes). */
    private void flood(int rows, Instant at) {
        server.jdbi().useHandle(h -> h.createUpdate("INSERT INTO audit_log (at, staff_id, action, subject, detail) "
                + "SELECT :at, NULL, 'SIGN_IN_FAILED', 'ip:10.66.0.1', '用户名不存在' FROM generate_series(1, :n)")
                .bind("at", at).bind("n", rows).execute());
    }

    private int rows() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log")
                .mapTo(Integer.class).one());
    }

    private JsonNode entries(String query) {
        Response r = api.get("/api/audit" + query, supervisor);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("entries");
    }

    private static List<String> actions(JsonNode entries) {
        List<String> list = new ArrayList<>();
        entries.forEach(e -> list.add(e.path("action").asText()));
        return list;
    }

    @Test
    void a_flood_of_failed_sign_ins_does_not_hide_a_real_entry() {
        clock.advance(java.time.Duration.ofMinutes(1));
        String clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        api.get("/api/cases/NO-SUCH-CASE", clerk);
        flood(2_000, clock.instant());

        assertThat(actions(entries("?limit=100"))).containsOnly("SIGN_IN_FAILED");
        JsonNode real = entries("?excludeAction=SIGN_IN_FAILED&limit=2");
        assertThat(actions(real)).containsExactly("SIGN_IN", "SIGN_IN");
        assertThat(real.get(0).path("username").asText()).isEqualTo("window1");
        assertThat(real.get(0).path("subject").asText()).isEqualTo("counter:1");
        assertThat(entries("?action=SIGN_IN&username=window1").size()).isEqualTo(1);
        assertThat(entries("?subject=ip:10.66.0.1&limit=500").size()).isEqualTo(500);
    }

    @Test
    void pages_follow_nextBefore_to_the_oldest_entry_without_gaps_or_repeats() {
        flood(23, START);
        int total = rows();
        List<Long> ids = new ArrayList<>();
        String query = "?limit=10";
        int pages = 0;
        while (query != null) {
            JsonNode page = api.get("/api/audit" + query, supervisor).json();
            page.path("entries").forEach(e -> ids.add(e.path("id").asLong()));
            pages++;
            query = page.path("nextBefore").isNull() ? null : "?limit=10&before=" + page.path("nextBefore").asLong();
        }

        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(pages).isEqualTo((total + 9) / 10);
    }

    @Test
    void from_is_inclusive_and_to_exclusive() {
        flood(3, Instant.parse("2026-03-02T02:00:00Z"));
        flood(4, Instant.parse("2026-03-02T03:00:00Z"));

        assertThat(entries("?action=SIGN_IN_FAILED&from=2026-03-02T02:00:00Z&to=2026-03-02T03:00:00Z").size())
                .isEqualTo(3);
        assertThat(entries("?action=SIGN_IN_FAILED&from=2026-03-02T03:00:00Z").size()).isEqualTo(4);
        assertThat(entries("?from=2026-03-02T00:00:00Z&to=2026-03-02T02:00:00Z").size()).isEqualTo(1);
        assertThat(entries("?action=SIGN_IN,SIGN_OUT").size()).isEqualTo(1);
        assertThat(entries("?action=SIGN_IN&action=SIGN_IN_FAILED").size()).isEqualTo(8);
    }

    @Test
    void bad_parameters_answer_400_MALFORMED_REQUEST_with_the_reason_and_store_nothing() {
        int before = rows();
        String[][] cases = {
            {"?limit=0", "limit 应在 1 到 500 之间。"},
            {"?limit=501", "limit 应在 1 到 500 之间。"},
            {"?limit=abc", "limit 应为整数。"},
            {"?limit=1&limit=2", "limit 只能给出一次。"},
            {"?before=0", "before 应为正整数（上一页返回的 nextBefore）。"},
            {"?before=x", "before 应为整数。"},
            {"?action=SIGN_IN,NOPE", "action 含有未知的操作类型 “NOPE”。"},
            {"?excludeAction=", "excludeAction 含有未知的操作类型 “”。"},
            {"?from=yesterday", "from 应为 ISO-8601 时刻，例如 2026-03-02T08:00:00Z。"},
            {"?from=2026-03-02T03:00:00Z&to=2026-03-02T03:00:00Z", "from 应早于 to。"},
            {"?username=", "username 不能为空，且不超过 200 个字符。"},
            {"?subject=" + "x".repeat(201), "subject 不能为空，且不超过 200 个字符。"},
            {"?actoin=SIGN_IN", "不支持的查询参数 “actoin”；可用：limit、before、action、excludeAction、username、"
                    + "subject、from、to。"}};
        for (String[] c : cases) {
            Response r = api.get("/api/audit" + c[0], supervisor);

            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.code()).as(c[0]).isEqualTo("MALFORMED_REQUEST");
            assertThat(r.json().path("message").asText()).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void administrators_read_it_and_other_roles_get_403() {
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        String release = api.signIn(server.username(Role.RELEASE), server.password(Role.RELEASE), null);

        assertThat(api.get("/api/audit?action=SIGN_IN", admin).status()).isEqualTo(200);
        Response refused = api.get("/api/audit", release);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }
}
