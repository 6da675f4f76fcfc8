package org.yichuang.server.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.server.supervision.SupervisedCases.at;
import static org.yichuang.server.supervision.SupervisedCases.endOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

class CaseListApiTest {
    /** 2025-10-11 09:00 in the hall: a Saturday that is a working day (调休). */
    private final MutableClock clock = new MutableClock(at("2025-10-11", "09:00"));
    private TestServer server;
    private ApiClient api;
    private SupervisedCases cases;
    private String window;
    private String backOffice;
    private String supervisor;
    private long red;
    private long yellow;
    private long warning;
    private long none;
    private long other;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        cases = new SupervisedCases(server.jdbi());
        window = signIn(Role.WINDOW, 1);
        backOffice = signIn(Role.BACK_OFFICE, null);
        supervisor = signIn(Role.SUPERVISOR, null);
        // levels as the policy gives them at the clock's time, so the start-up sweep leaves them as they are
        red = cases.newCase().staff("window1").counter(1).department("卫生健康局")
                .applicant("张三", "11010519491231002X").due(endOf("2025-10-01"), endOf("2025-10-09")).level("RED")
                .received(at("2025-09-20", "10:00")).insert();
        yellow = cases.newCase().staff("window1").counter(2).department("市场监管局")
                .due(endOf("2025-10-09"), endOf("2025-10-28")).level("YELLOW").received(at("2025-09-26", "10:00"))
                .insert();
        warning = cases.newCase().staff("window1").counter(1).department("卫生健康局")
                .due(endOf("2025-10-14"), endOf("2025-10-28")).level("WARNING").received(at("2025-09-30", "10:00"))
                .insert();
        none = cases.newCase().staff("window1").counter(3).department("卫生健康局").state("IN_REVIEW")
                .due(endOf("2025-12-30"), endOf("2026-01-27")).received(at("2025-10-09", "10:00")).insert();
        other = cases.newCase().staff("backoffice1").counter(4).department("市场监管局").state("DELIVERED")
                .due(endOf("2025-10-09"), endOf("2025-10-28")).received(at("2025-10-10", "10:00")).insert();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String signIn(Role role, Integer counter) {
        return api.signIn(server.username(role), server.password(role), counter);
    }

    private List<String> caseNos(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> nos = new ArrayList<>();
        r.json().path("rows").forEach(row -> nos.add(row.path("caseNo").asText()));
        return nos;
    }

    private String caseNo(long id) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT case_no FROM cases WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void a_clerk_sees_only_the_cases_they_received_and_a_supervisor_sees_all() {
        assertThat(caseNos(api.get("/api/cases", window))).containsExactlyInAnyOrder(caseNo(red), caseNo(yellow),
                caseNo(warning), caseNo(none));
        assertThat(caseNos(api.get("/api/cases?scope=mine", backOffice))).containsExactly(caseNo(other));
        assertThat(caseNos(api.get("/api/cases", supervisor))).hasSize(5);
        assertThat(caseNos(api.get("/api/cases?scope=mine", supervisor))).isEmpty();
    }

    @Test
    void all_cases_are_refused_to_clerks_and_the_list_to_administrators() {
        Response clerk = api.get("/api/cases?scope=all", window);
        Response admin = api.get("/api/cases", signIn(Role.ADMIN, null));
        Response export = api.get("/api/cases/export.xlsx", window);
        Response anonymous = api.get("/api/cases", null);

        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.code()).isEqualTo("CASE_LIST_SCOPE_FORBIDDEN");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.code()).isEqualTo("FORBIDDEN");
        assertThat(export.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void rows_are_most_urgent_first_with_due_days_remaining_days_and_the_id_number_masked() {
        Response r = api.get("/api/cases", window);

        assertThat(caseNos(r)).containsExactly(caseNo(red), caseNo(yellow), caseNo(warning), caseNo(none));
        JsonNode first = r.json().path("rows").get(0);
        assertThat(first.path("applicantName").asText()).isEqualTo("张三");
        assertThat(first.path("applicantIdNumberMasked").asText()).isEqualTo("1101**********002X");
        assertThat(r.body()).doesNotContain("11010519491231002X");
        assertThat(first.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(first.path("stateLabel").asText()).isEqualTo("已受理");
        assertThat(first.path("alertLevel").asText()).isEqualTo("RED");
        assertThat(first.path("alertLabel").asText()).isEqualTo("红牌");
        assertThat(first.path("counterNo").asInt()).isEqualTo(1);
        assertThat(first.path("staffName").asText()).isEqualTo("王晓燕");
        assertThat(first.path("department").asText()).isEqualTo("卫生健康局");
        JsonNode warn = r.json().path("rows").get(2);
        assertThat(warn.path("promisedDue").path("date").asText()).isEqualTo("2025-10-14");
        assertThat(warn.path("promisedDue").path("provisional").asBoolean()).isFalse();
        // Sat 10-11 is a make-up working day: 10-13 and 10-14 are left
        assertThat(warn.path("remainingWorkingDays").asInt()).isEqualTo(2);
        assertThat(warn.path("promisedDue").path("remainingWorkingDays").asInt()).isEqualTo(2);
        // due 10-01; 10-02…10-08 are holidays: 10-09, 10-10 and 10-11 have passed since
        assertThat(first.path("remainingWorkingDays").asInt()).isEqualTo(-3);
        assertThat(r.json().path("total").asLong()).isEqualTo(4);
    }

    @Test
    void filters_combine_and_the_counts_per_level_ignore_only_the_level_filter() {
        Response byLevel = api.get("/api/cases?level=RED,YELLOW", supervisor);
        Response department = api.get("/api/cases?department=" + q("卫生健康局") + "&level=WARNING", supervisor);
        Response counter = api.get("/api/cases?counter=2", supervisor);
        Response staff = api.get("/api/cases?staff=backoffice1", supervisor);
        Response state = api.get("/api/cases?state=IN_REVIEW,DELIVERED", supervisor);
        Response open = api.get("/api/cases?open=true", supervisor);
        Response closed = api.get("/api/cases?open=false", supervisor);
        Response days = api.get("/api/cases?from=2025-09-26&to=2025-10-09", supervisor);
        Response item = api.get("/api/cases?item=" + server.anyItemCode(), supervisor);

        assertThat(caseNos(byLevel)).containsExactly(caseNo(red), caseNo(yellow));
        assertThat(byLevel.json().path("total").asLong()).isEqualTo(2);
        JsonNode counts = byLevel.json().path("levelCounts");
        assertThat(counts.path("RED").asLong()).isEqualTo(1);
        assertThat(counts.path("YELLOW").asLong()).isEqualTo(1);
        assertThat(counts.path("WARNING").asLong()).isEqualTo(1);
        assertThat(counts.path("NONE").asLong()).isEqualTo(2);
        assertThat(caseNos(department)).containsExactly(caseNo(warning));
        assertThat(department.json().path("levelCounts").path("RED").asLong()).isEqualTo(1);
        assertThat(department.json().path("levelCounts").path("YELLOW").asLong()).isZero();
        assertThat(caseNos(counter)).containsExactly(caseNo(yellow));
        assertThat(caseNos(staff)).containsExactly(caseNo(other));
        assertThat(caseNos(state)).containsExactlyInAnyOrder(caseNo(none), caseNo(other));
        assertThat(caseNos(open)).hasSize(4).doesNotContain(caseNo(other));
        assertThat(caseNos(closed)).containsExactly(caseNo(other));
        assertThat(caseNos(days)).containsExactlyInAnyOrder(caseNo(yellow), caseNo(warning), caseNo(none));
        assertThat(item.status()).isEqualTo(200);
        Response nobody = api.get("/api/cases?staff=nobody", supervisor);
        assertThat(caseNos(nobody)).isEmpty();
        assertThat(nobody.json().path("total").asLong()).isZero();
        assertThat(caseNos(api.get("/api/cases?item=NO-SUCH-ITEM&counter=99", supervisor))).isEmpty();
    }

    @Test
    void the_list_of_all_cases_in_due_order_keeps_a_closed_case_in_its_place_and_the_open_list_leaves_it_out() {
        // promised dates: red 10-01, yellow and the delivered one 10-09 (yellow first by id), warning 10-14, none 12-30
        assertThat(caseNos(api.get("/api/cases", supervisor))).containsExactly(caseNo(red), caseNo(yellow),
                caseNo(other), caseNo(warning), caseNo(none));

        // a case that is decided leaves the open lists at once, whichever statement wrote its state
        server.jdbi().useHandle(h -> h.execute("UPDATE cases SET state = 'APPROVED' WHERE id = ?", warning));

        assertThat(caseNos(api.get("/api/cases?open=true", supervisor))).containsExactly(caseNo(red), caseNo(yellow),
                caseNo(none));
        assertThat(caseNos(api.get("/api/cases?open=false", supervisor))).containsExactly(caseNo(other),
                caseNo(warning));
        assertThat(caseNos(api.get("/api/cases", supervisor))).containsExactly(caseNo(red), caseNo(yellow),
                caseNo(other), caseNo(warning), caseNo(none));
        assertThat(caseNos(api.get("/api/cases?open=true", window))).containsExactly(caseNo(red), caseNo(yellow),
                caseNo(none));
        assertThat(caseNos(api.get("/api/cases", window))).containsExactly(caseNo(red), caseNo(yellow),
                caseNo(warning), caseNo(none));
        assertThat(api.get("/api/cases?open=true", supervisor).json().path("total").asLong()).isEqualTo(3);
    }

    @Test
    void pages_do_not_overlap_and_say_the_total() {
        Response first = api.get("/api/cases?size=2&page=0", supervisor);
        Response second = api.get("/api/cases?size=2&page=1", supervisor);
        Response third = api.get("/api/cases?size=2&page=2&sort=received", supervisor);

        assertThat(caseNos(first)).containsExactly(caseNo(red), caseNo(yellow));
        assertThat(caseNos(second)).hasSize(2).doesNotContainAnyElementsOf(caseNos(first));
        assertThat(first.json().path("total").asLong()).isEqualTo(5);
        assertThat(first.json().path("size").asInt()).isEqualTo(2);
        // newest receipt first: the oldest (red, received 09-20) is last
        assertThat(caseNos(third)).containsExactly(caseNo(red));
    }

    @Test
    void every_bad_filter_is_refused_with_a_stable_code() {
        assertThat(api.get("/api/cases?level=PURPLE", supervisor).code()).isEqualTo("CASE_LIST_LEVEL_UNKNOWN");
        assertThat(api.get("/api/cases?level=RED,", supervisor).code()).isEqualTo("CASE_LIST_LEVEL_UNKNOWN");
        assertThat(api.get("/api/cases?state=OPEN", supervisor).code()).isEqualTo("CASE_LIST_STATE_UNKNOWN");
        for (String bad : new String[] {"size=201", "size=0", "page=-1", "page=x", "scope=everyone",
            "from=2025-13-01", "from=2025-10-02&to=2025-10-01", "counter=0", "open=yes", "sort=name", "colour=red",
            "staff=", "department=" + "字".repeat(201), "scope=all&scope=mine"}) {
            Response r = api.get("/api/cases?" + bad, supervisor);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.code()).as(bad).isEqualTo("CASE_LIST_FILTER_INVALID");
        }
        assertThat(api.get("/api/cases?size=200", supervisor).status()).isEqualTo(200);
        assertThat(api.get("/api/cases/export.xlsx?page=1", supervisor).code()).isEqualTo("CASE_LIST_FILTER_INVALID");
    }

    @Test
    void a_list_read_is_audited_in_one_row_naming_the_filters_and_the_cases() {
        api.get("/api/cases?level=RED,YELLOW", supervisor);

        List<String> rows = server.jdbi().withHandle(h -> h.createQuery("SELECT s.username || ' ' || a.subject || "
                + "' ' || a.detail FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.action = 'CASE_LIST_READ'")
                .mapTo(String.class).list());
        assertThat(rows).containsExactly("supervisor1 cases scope=all;level=RED,YELLOW;sort=due;page=0;size=50;"
                + "total=2;ids=" + red + "," + yellow);
    }

    @Test
    void the_export_is_a_workbook_with_chinese_headers_holding_every_matching_case() throws Exception {
        ApiClient.Download file = api.download("/api/cases/export.xlsx?open=true", supervisor);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(SupervisionRoutes.XLSX);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("cases-20251011.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("办件编号");
            assertThat(header.getCell(12).getStringCellValue()).isEqualTo("预警级别");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 4);
            List<String> nos = new ArrayList<>();
            for (int i = 2; i <= sheet.getLastRowNum(); i++) {
                nos.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(nos).containsExactly(caseNo(red), caseNo(yellow), caseNo(warning), caseNo(none));
            Row first = sheet.getRow(2);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("1101**********002X");
            assertThat(first.getCell(12).getStringCellValue()).isEqualTo("红牌");
            assertThat(first.getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2025, 10, 1));
        }
        List<String> audit = server.jdbi().withHandle(h -> h.createQuery("SELECT detail FROM audit_log "
                + "WHERE action = 'CASE_LIST_EXPORTED'").mapTo(String.class).list());
        assertThat(audit).containsExactly("scope=all;open=true;sort=due;rows=4");
    }

    @Test
    void a_single_case_is_still_read_by_its_number() {
        Response r = api.get("/api/cases/" + caseNo(red), supervisor);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("caseNo").asText()).isEqualTo(caseNo(red));
    }
}
