package org.yichuang.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.CalendarCsv;
import org.yichuang.core.calendar.CalendarSchedule;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

class CalendarApiTest {
    /** A made-up 2027 schedule (no official one exists yet): 元旦 on Friday 1 January, 春节 with one make-up Saturday. */
    static final String Y2027 = """
            date,kind,holiday
            2027-01-01,off,元旦
            2027-02-05,off,春节
            2027-02-08,off,春节
            2027-02-09,off,春节
            2027-02-20,work,春节
            """;

    private static TestServer server;
    private static ApiClient api;
    private static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new ApiClient(server.baseUrl());
        admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String shipped2026() {
        return CalendarCsv.format(CalendarSchedule.of(CalendarService.shipped().entriesOf(2026)));
    }

    private static int versions() {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM calendar_versions")
                .mapTo(Integer.class).one());
    }

    private static Response importCsv(String token, String csv, String source, boolean confirm) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("csv", csv);
        body.put("source", source);
        body.put("confirm", confirm);
        return api.postJson("/api/calendar/import", token, body);
    }

    @Test
    void the_first_start_stores_the_shipped_calendar_as_version_1_and_every_signed_in_role_reads_it() {
        String window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        Response r = api.get("/api/calendar", window);

        assertThat(r.status()).isEqualTo(200);
        JsonNode v1 = r.json().path("versions").get(0);
        assertThat(v1.path("number").asInt()).isEqualTo(1);
        assertThat(v1.path("source").asText()).isEqualTo(CalendarService.SHIPPED_SOURCE);
        assertThat(v1.path("recordedByName").isNull()).isTrue();
        assertThat(v1.path("publishedYears").toString()).isEqualTo("[2024,2025,2026]");
        assertThat(r.json().path("current").path("number").asInt()).isGreaterThanOrEqualTo(1);
        int days = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM calendar_days WHERE version = 1").mapTo(Integer.class).one());
        assertThat(days).isEqualTo(CalendarService.shipped().entries().size());
    }

    @Test
    void a_year_lists_every_day_with_its_type_and_counts_its_working_days() {
        Response r = api.get("/api/calendar/2025", admin);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("workingDays").asInt()).isEqualTo(248);
        assertThat(r.json().path("provisional").asBoolean()).isFalse();
        JsonNode days = r.json().path("days");
        assertThat(days).hasSize(365);
        JsonNode jan26 = days.get(25);
        assertThat(jan26.path("date").asText()).isEqualTo("2025-01-26");
        assertThat(jan26.path("type").asText()).isEqualTo("MAKEUP_WORKDAY");
        assertThat(jan26.path("working").asBoolean()).isTrue();
        assertThat(jan26.path("holiday").asText()).isEqualTo("春节");
        assertThat(days.get(27).path("type").asText()).isEqualTo("HOLIDAY");
    }

    @Test
    void a_year_out_of_range_is_refused() {
        assertThat(api.get("/api/calendar/1999", admin).code()).isEqualTo("CALENDAR_YEAR_OUT_OF_RANGE");
        assertThat(api.get("/api/calendar/abc", admin).code()).isEqualTo("CALENDAR_YEAR_OUT_OF_RANGE");
    }

    @Test
    void only_an_administrator_imports() {
        String window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        String supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
        int before = versions();

        assertThat(importCsv(window, Y2027, null, false).status()).isEqualTo(403);
        assertThat(importCsv(supervisor, Y2027, null, false).status()).isEqualTo(403);
        assertThat(importCsv(null, Y2027, null, false).status()).isEqualTo(401);
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void every_kind_of_bad_file_is_refused_with_its_lines_and_nothing_changes() {
        Map<String, String> files = Map.of(
                "CALENDAR_DATE_DUPLICATE", "2027-01-01,off,元旦\n2027-01-01,off,元旦\n",
                "CALENDAR_DATE_IMPOSSIBLE", "2027-01-01,off,元旦\n2027-02-30,off,春节\n",
                "CALENDAR_DAY_OFF_AND_WORK", "2027-01-01,off,元旦\n2027-01-02,off,元旦\n2027-01-02,work,元旦\n",
                "CALENDAR_MAKEUP_ON_WEEKDAY", "2027-01-01,off,元旦\n2027-01-06,work,元旦\n",
                "CALENDAR_KIND_UNKNOWN", "2027-01-01,off,元旦\n2027-01-02,holiday,元旦\n",
                "CALENDAR_LINE_MALFORMED", "2027-01-01,off,元旦\n2027-01-02\n");
        int before = versions();
        for (var e : files.entrySet()) {
            Response r = importCsv(admin, e.getValue(), "测试", false);

            assertThat(r.status()).as(e.getKey()).isEqualTo(422);
            assertThat(r.code()).as(e.getKey()).isEqualTo("CALENDAR_IMPORT_INVALID");
            List<String> codes = new ArrayList<>();
            r.json().path("problems").forEach(p -> codes.add(p.path("code").asText() + "@" + p.path("row").asInt()));
            assertThat(codes).as(e.getKey()).anyMatch(c -> c.startsWith(e.getKey() + "@"));
        }
        assertThat(importCsv(admin, "", null, false).code()).isEqualTo("CALENDAR_IMPORT_INVALID");
        assertThat(importCsv(admin, Y2027, "文号\u0007", false).status()).isEqualTo(400);
        assertThat(importCsv(admin, Y2027, "长".repeat(201), false).code()).isEqualTo("CALENDAR_SOURCE_INVALID");
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void a_changed_published_year_is_refused_with_the_difference_until_confirmed() {
        String changed = shipped2026() + "2026-10-09,off,国庆节\n";
        changed = String.join("\n", changed.lines().filter(l -> !l.startsWith("2026-10-10,")).toList()) + "\n";
        int before = versions();

        Response refused = importCsv(admin, changed, "国办发明电〔2026〕99号（测试）", false);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("CALENDAR_YEAR_CONFLICT");
        assertThat(refused.json().path("message").asText()).contains("2026 年：新增 1 天，取消 1 天，改变 0 天");
        List<String> lines = new ArrayList<>();
        refused.json().path("problems").forEach(p -> lines.add(p.path("code").asText() + " " + p.path("message")
                .asText()));
        assertThat(lines).containsExactly(
                "CALENDAR_DAY_ADDED 2026-10-09 周五：工作日 → 法定节假日（国庆节）",
                "CALENDAR_DAY_REMOVED 2026-10-10 周六：调休上班（国庆节） → 周末");
        assertThat(versions()).isEqualTo(before);

        Response applied = importCsv(admin, changed, "国办发明电〔2026〕99号（测试）", true);

        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.json().path("created").asBoolean()).isTrue();
        int number = applied.json().path("version").path("number").asInt();
        assertThat(number).isEqualTo(before + 1);
        assertThat(applied.json().path("version").path("recordedByName").isNull()).isFalse();
        assertThat(applied.json().path("years").get(0).path("added").asInt()).isEqualTo(1);
        assertThat(api.get("/api/calendar", admin).json().path("current").path("number").asInt()).isEqualTo(number);
        JsonNode oct9 = api.get("/api/calendar/2026", admin).json().path("days").get(281);
        assertThat(oct9.path("date").asText()).isEqualTo("2026-10-09");
        assertThat(oct9.path("type").asText()).isEqualTo("HOLIDAY");
        int audited = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'CALENDAR_IMPORTED' AND subject = :n")
                .bind("n", String.valueOf(number)).mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);

        // back to the official schedule, so the other tests see it
        assertThat(importCsv(admin, shipped2026(), "恢复", true).status()).isEqualTo(200);
    }

    @Test
    void a_provisional_year_is_replaced_without_asking_and_the_same_file_again_makes_no_version() {
        assertThat(api.get("/api/calendar/2027", admin).json().path("provisional").asBoolean()).isTrue();

        Response first = importCsv(admin, Y2027, "2027 放假安排（测试）", false);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("years").get(0).path("wasPublished").asBoolean()).isFalse();
        assertThat(first.json().path("version").path("publishedYears").toString()).contains("2027");
        JsonNode y2027 = api.get("/api/calendar/2027", admin).json();
        assertThat(y2027.path("provisional").asBoolean()).isFalse();
        assertThat(y2027.path("days").get(0).path("type").asText()).isEqualTo("HOLIDAY");

        int before = versions();
        Response again = importCsv(admin, Y2027, "2027 放假安排（测试）", false);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("created").asBoolean()).isFalse();
        assertThat(versions()).isEqualTo(before);
    }
}
