package org.yichuang.server.hall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.HallDocumentSettings;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

/** The 大厅设置 routes (issue 10): ADMIN reads and replaces the hall configuration; bad input changes nothing. */
class HallSettingsApiTest {
    private static final String PATH = "/api/hall/document-settings";

    private TestServer server;
    private ApiClient api;
    private String admin;

    @BeforeEach
    void start() {
        server = TestServer.start();
        api = new ApiClient(server.baseUrl());
        admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HallDocumentSettings settings(String pattern, String consulting, String body) {
        Map<NoticeKind, String> codes = new EnumMap<>(NoticeKind.class);
        codes.put(NoticeKind.ACCEPTANCE, " 准受 ");
        return new HallDocumentSettings(body, "南宁市青秀区人民法院", DeferralFailurePolicy.ACCEPTANCE_REVOKED, true,
                pattern, "青秀政务", consulting, "12345", codes);
    }

    private String stored(String column) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT " + column + "::text FROM halls ORDER BY id LIMIT 1")
                .mapTo(String.class).findOne().orElse(null));
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void an_administrator_saves_the_settings_and_reads_them_back_tidied_with_every_kind_code_and_an_audit_row() {
        Response before = api.get(PATH, admin);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.json().path("hallName").asText()).isEqualTo("示范县政务服务中心");
        assertThat(before.json().path("settings").path("documentNumberPattern").asText())
                .isEqualTo("{hall}{kind}〔{year}〕{seq:5}号");
        assertThat(before.json().path("settings").path("kindCodes").size()).isEqualTo(NoticeKind.values().length);
        assertThat(before.json().path("settings").path("kindCodes").path("ACCEPTANCE").asText()).isEqualTo("受");

        Response saved = api.putJson(PATH, admin, settings(" {hall}{kind}字〔{year}〕第{seq:4}号 ", "０７７１－５５５１２３４",
                "  南宁市青秀区人民政府 "));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        JsonNode s = api.get(PATH, admin).json().path("settings");
        assertThat(s.path("reconsiderationBody").asText()).isEqualTo("南宁市青秀区人民政府");
        assertThat(s.path("court").asText()).isEqualTo("南宁市青秀区人民法院");
        assertThat(s.path("deferralFailurePolicy").asText()).isEqualTo("ACCEPTANCE_REVOKED");
        assertThat(s.path("riskyItemsMayDefer").asBoolean()).isTrue();
        assertThat(s.path("documentNumberPattern").asText()).isEqualTo("{hall}{kind}字〔{year}〕第{seq:4}号");
        assertThat(s.path("documentAbbreviation").asText()).isEqualTo("青秀政务");
        assertThat(s.path("consultingPhone").asText()).isEqualTo("0771-5551234");
        assertThat(s.path("supervisionPhone").asText()).isEqualTo("12345");
        assertThat(s.path("kindCodes").path("ACCEPTANCE").asText()).isEqualTo("准受");
        assertThat(s.path("kindCodes").path("MATERIAL_RECEIPT").asText()).isEqualTo("收");
        assertThat(saved.json().path("settings")).isEqualTo(s);
        // the hall's own codes only: the defaults stay core's
        assertThat(count("SELECT count(*) FROM hall_document_codes")).isEqualTo(1);
        // the intake rules read the same columns
        assertThat(stored("deferral_failure_policy")).isEqualTo("ACCEPTANCE_REVOKED");
        assertThat(api.get("/api/hall", admin).json().path("riskyItemsMayDefer").asBoolean()).isTrue();

        List<Map<String, Object>> audit = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT a.subject, a.detail, s.username FROM audit_log a JOIN staff s ON s.id = a.staff_id "
                        + "WHERE a.action = 'HALL_SETTINGS_CHANGED'").mapToMap().list());
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("username")).isEqualTo(server.username(Role.ADMIN));
        assertThat((String) audit.get(0).get("subject")).startsWith("hall:");
        assertThat((String) audit.get(0).get("detail")).contains("documentNumberPattern", "kindCodes.ACCEPTANCE",
                "consultingPhone").doesNotContain("kindCodes.MATERIAL_RECEIPT");
    }

    @Test
    void a_window_clerk_and_a_supervisor_may_neither_read_nor_save_the_settings() {
        for (Role role : List.of(Role.WINDOW, Role.SUPERVISOR)) {
            String token = api.signIn(server.username(role), server.password(role), role == Role.WINDOW ? 1 : null);
            assertThat(api.get(PATH, token).status()).as(role.name()).isEqualTo(403);
            Response r = api.putJson(PATH, token, settings("{kind}{year}{seq}", null, "南宁市人民政府"));
            assertThat(r.status()).as(role.name()).isEqualTo(403);
        }
        assertThat(api.get(PATH, null).code()).isEqualTo("AUTH_REQUIRED");
        assertThat(stored("document_number_pattern")).isEqualTo("{hall}{kind}〔{year}〕{seq:5}号");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'HALL_SETTINGS_CHANGED'")).isZero();
    }

    @Test
    void a_bad_pattern_an_overlong_name_a_bad_phone_or_two_kinds_with_one_code_are_refused_and_nothing_changes() {
        String body = stored("reconsideration_body");
        Response pattern = api.putJson(PATH, admin, settings("{hall}{kind}〔{year}〕号", null, "南宁市人民政府"));
        assertThat(pattern.status()).isEqualTo(400);
        assertThat(pattern.code()).isEqualTo("HALL_SETTINGS_INVALID");
        assertThat(pattern.body()).contains("文书编号格式须各含一次");
        assertThat(pattern.json().path("problems").get(0).path("field").asText()).isEqualTo("documentNumberPattern");
        assertThat(pattern.json().path("problems").get(0).path("code").asText())
                .isEqualTo("DOCUMENT_NUMBER_PATTERN_INVALID");

        Response longName = api.putJson(PATH, admin, settings("{kind}{year}{seq}", null, "南".repeat(61)));
        assertThat(longName.code()).isEqualTo("HALL_SETTINGS_INVALID");
        assertThat(longName.body()).contains("行政复议机关最多 60 个字");
        assertThat(longName.json().path("problems").get(0).path("field").asText()).isEqualTo("reconsiderationBody");

        Response phone = api.putJson(PATH, admin, settings("{kind}{year}{seq}", "0771 转 客服", "南宁市人民政府"));
        assertThat(phone.code()).isEqualTo("HALL_SETTINGS_INVALID");
        assertThat(phone.body()).contains("咨询电话只能包含数字");
        assertThat(phone.json().path("problems").get(0).path("code").asText()).isEqualTo("HALL_SERVICE_PHONE_INVALID");

        HallDocumentSettings twice = settings("{kind}{year}{seq}", null, "南宁市人民政府")
                .withKindCode(NoticeKind.NOT_COMPETENT, "准受");
        Response codes = api.putJson(PATH, admin, twice);
        assertThat(codes.code()).isEqualTo("HALL_SETTINGS_INVALID");
        assertThat(codes.json().path("problems").get(0).path("code").asText()).isEqualTo("HALL_DOCUMENT_CODE_INVALID");
        assertThat(codes.body()).contains("同一个文书编号");

        assertThat(stored("document_number_pattern")).isEqualTo("{hall}{kind}〔{year}〕{seq:5}号");
        assertThat(stored("reconsideration_body")).isEqualTo(body);
        assertThat(stored("consulting_phone")).isNull();
        assertThat(count("SELECT count(*) FROM hall_document_codes")).isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'HALL_SETTINGS_CHANGED'")).isZero();
    }
}
