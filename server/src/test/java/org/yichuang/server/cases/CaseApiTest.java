package org.yichuang.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

class CaseApiTest {
    /** 2026-03-01 23:30 in Shanghai is still 2026-03-01 15:30 UTC: the case number follows the hall's day. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T16:30:00.123456789Z"));
    private TestServer server;
    private ApiClient api;
    private String clerk;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        clerk = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private NewCase newCase(String name, String id, String phone, String remarks) {
        return new NewCase(UUID.randomUUID().toString(), server.anyItemCode(), new ApplicantInput(name, id, phone),
                remarks);
    }

    private int count(String table) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    private String one(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    @Test
    void createCase_answers_201_with_the_receipt_numbered_by_item_hall_day_and_sequence() {
        Response first = api.postJson("/api/cases", clerk, newCase("张三", "11010519491231002X", "13800138000", null));
        Response second = api.postJson("/api/cases", clerk, newCase("李四", "440524188001010014", null, null));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("caseNo").asText()).isEqualTo(server.anyItemCode() + "20260302" + "0001");
        assertThat(second.json().path("caseNo").asText()).isEqualTo(server.anyItemCode() + "20260302" + "0002");
        assertThat(first.json().path("applicantIdNumberMasked").asText()).isEqualTo("1101**********002X");
        assertThat(first.json().path("staffName").asText()).isEqualTo("王晓燕");
        assertThat(first.json().path("counterNo").asInt()).isEqualTo(3);
        assertThat(first.json().path("hallName").asText()).isEqualTo("示范县政务服务中心");
        assertThat(first.json().path("receivedAt").asText()).isEqualTo("2026-03-01T16:30:00.123456Z");
        assertThat(first.body()).doesNotContain("11010519491231002X");
    }

    @Test
    void the_same_idempotency_key_and_content_returns_200_and_the_same_receipt() {
        NewCase request = newCase("张三", "11010519491231002X", null, "首次");

        Response first = api.postJson("/api/cases", clerk, request);
        Response again = api.postJson("/api/cases", clerk, request);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(count("cases")).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_with_other_content_answers_409_IDEMPOTENCY_CONFLICT() {
        NewCase request = newCase("张三", "11010519491231002X", null, null);
        api.postJson("/api/cases", clerk, request);

        Response r = api.postJson("/api/cases", clerk, new NewCase(request.idempotencyKey(), request.itemCode(),
                new ApplicantInput("李四", "440524188001010014", null), null));

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(count("cases")).isEqualTo(1);
    }

    @Test
    void a_wrong_check_digit_or_an_impossible_birth_date_is_refused_and_stores_nothing() {
        Response checksum = api.postJson("/api/cases", clerk, newCase("张三", "110105194912310021", null, null));
        Response feb30 = api.postJson("/api/cases", clerk, newCase("张三", "110105199002300015", null, null));
        Response future = api.postJson("/api/cases", clerk, newCase("张三", "110105203001010014", null, null));
        Response phone = api.postJson("/api/cases", clerk, newCase("张三", "11010519491231002X", "12345", null));
        Response name = api.postJson("/api/cases", clerk, newCase("张三<script>", "11010519491231002X", null, null));
        Response remarks = api.postJson("/api/cases", clerk,
                newCase("张三", "11010519491231002X", null, "字".repeat(501)));
        Response item = api.postJson("/api/cases", clerk, new NewCase(UUID.randomUUID().toString(), "NO-SUCH",
                new ApplicantInput("张三", "11010519491231002X", null), null));

        assertThat(checksum.code()).isEqualTo("ID_NUMBER_CHECKSUM");
        assertThat(feb30.code()).isEqualTo("ID_NUMBER_BIRTH_DATE");
        assertThat(future.code()).isEqualTo("ID_NUMBER_BIRTH_DATE");
        assertThat(phone.code()).isEqualTo("PHONE_INVALID");
        assertThat(name.code()).isEqualTo("NAME_INVALID");
        assertThat(remarks.code()).isEqualTo("FIELD_TOO_LONG");
        assertThat(item.status()).isEqualTo(404);
        assertThat(item.code()).isEqualTo("ITEM_NOT_FOUND");
        for (String table : new String[] {"cases", "persons", "idempotency_keys", "case_sequences"}) {
            assertThat(count(table)).as(table).isZero();
        }
        assertThat(one("SELECT count(*)::text FROM audit_log WHERE action LIKE 'CASE%'")).isEqualTo("0");
    }

    @Test
    void a_15_digit_number_is_stored_upgraded_to_18_digits() {
        Response r = api.postJson("/api/cases", clerk, newCase("王五", "110105491231002", null, null));

        assertThat(r.json().path("applicantIdNumberMasked").asText()).isEqualTo("1101**********002X");
        assertThat(one("SELECT id_number FROM persons")).isEqualTo("11010519491231002X");
    }

    @Test
    void names_beyond_the_bmp_and_with_a_middle_dot_are_stored_and_returned_byte_exact() {
        String extB = "\uD840\uDC00\uD840\uDC01";
        String uyghur = "阿依古丽·买买提";

        Response a = api.postJson("/api/cases", clerk, newCase(extB, "11010519491231002X", null, null));
        Response b = api.postJson("/api/cases", clerk, newCase(uyghur, "440524188001010014", null, null));

        assertThat(a.json().path("applicantName").asText().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(extB.getBytes(StandardCharsets.UTF_8));
        assertThat(b.json().path("applicantName").asText()).isEqualTo(uyghur);
        byte[] stored = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT convert_to(name, 'UTF8') FROM persons WHERE id_number = '11010519491231002X'")
                .mapTo(byte[].class).one());
        assertThat(stored).isEqualTo(extB.getBytes(StandardCharsets.UTF_8)).hasSize(8);
        assertThat(one("SELECT applicant_name FROM cases WHERE applicant_name LIKE '%·%'")).isEqualTo(uyghur);
    }

    @Test
    void sql_metacharacters_are_stored_literally() {
        String remarks = "'); DROP TABLE cases;--";
        Response r = api.postJson("/api/cases", clerk, newCase("O'Brien", "11010519491231002X", null, remarks));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("applicantName").asText()).isEqualTo("O'Brien");
        assertThat(one("SELECT remarks FROM cases")).isEqualTo(remarks);
        assertThat(one("SELECT name FROM persons")).isEqualTo("O'Brien");
        assertThat(count("cases")).isEqualTo(1);
    }

    @Test
    void creating_and_reading_a_case_are_audited_with_the_case_number_not_the_id_number() {
        Response created = api.postJson("/api/cases", clerk, newCase("张三", "11010519491231002X", null, null));
        String caseNo = created.json().path("caseNo").asText();
        String backOffice = api.signIn(server.username(Role.BACK_OFFICE), server.password(Role.BACK_OFFICE), null);

        Response read = api.get("/api/cases/" + caseNo, backOffice);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(read.json().path("applicantName").asText()).isEqualTo("张三");
        assertThat(one("SELECT subject FROM audit_log WHERE action = 'CASE_CREATED'")).isEqualTo(caseNo);
        assertThat(one("SELECT s.username FROM audit_log a JOIN staff s ON s.id = a.staff_id "
                + "WHERE a.action = 'CASE_READ' AND a.subject = '" + caseNo + "'")).isEqualTo("backoffice1");
        assertThat(one("SELECT count(*)::text FROM audit_log WHERE concat(subject, detail) LIKE '%11010519%'"))
                .isEqualTo("0");
    }

    @Test
    void concurrent_counters_never_share_a_case_number_and_a_key_never_yields_two_cases() throws Exception {
        String other = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 4);
        NewCase shared = newCase("张三", "11010519491231002X", null, null);
        java.util.List<java.util.concurrent.Callable<Response>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String token = i % 2 == 0 ? clerk : other;
            calls.add(() -> api.postJson("/api/cases", token, newCase("李四", "440524188001010014", null, null)));
            calls.add(() -> api.postJson("/api/cases", token, shared));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<Response> answers = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            assertThat(answers).extracting(Response::status).allMatch(s -> s == 200 || s == 201);
            assertThat(answers.stream().map(r -> r.json().path("caseNo").asText()).distinct()).hasSize(9);
        } finally {
            pool.shutdown();
        }
        assertThat(count("cases")).isEqualTo(9);
        assertThat(one("SELECT last_value::text FROM case_sequences")).isEqualTo("9");
    }

    @Test
    void reading_an_unknown_case_answers_404_CASE_NOT_FOUND() {
        Response r = api.get("/api/cases/000000000000000000000000000000000000000000", clerk);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("CASE_NOT_FOUND");
    }

    @Test
    void only_window_clerks_may_create_cases() {
        String release = api.signIn(server.username(Role.RELEASE), server.password(Role.RELEASE), null);

        Response r = api.postJson("/api/cases", release, newCase("张三", "11010519491231002X", null, null));

        assertThat(r.status()).isEqualTo(403);
        assertThat(count("cases")).isZero();
    }
}
