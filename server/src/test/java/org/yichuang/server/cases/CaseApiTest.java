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
    void concurrent_counters_never_share_a_case_number_and_a_key_never_yields_two_cases_at_one_counter()
            throws Exception {
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
            // 8 distinct submissions, and the shared key once per counter: it is the clerk's key at that counter
            assertThat(answers.stream().map(r -> r.json().path("caseNo").asText()).distinct()).hasSize(10);
            for (int counterNo : new int[] {3, 4}) {
                assertThat(answers.stream().filter(r -> r.json().path("counterNo").asInt() == counterNo
                        && r.json().path("applicantName").asText().equals("张三"))
                        .map(r -> r.json().path("caseNo").asText()).distinct()).as("counter " + counterNo).hasSize(1);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count("cases")).isEqualTo(10);
        assertThat(one("SELECT last_value::text FROM case_sequences")).isEqualTo("10");
    }

    @Test
    void the_same_key_from_another_counter_or_clerk_is_another_submission_never_the_first_receipt() {
        NewCase request = newCase("张三", "11010519491231002X", null, null);
        Response first = api.postJson("/api/cases", clerk, request);
        String atCounter4 = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 4);
        NewCase sameKeyOtherApplicant = new NewCase(request.idempotencyKey(), request.itemCode(),
                new ApplicantInput("李四", "440524188001010014", null), null);

        Response other = api.postJson("/api/cases", atCounter4, sameKeyOtherApplicant);
        Response repeated = api.postJson("/api/cases", atCounter4, sameKeyOtherApplicant);

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.json().path("caseNo").asText()).isNotEqualTo(first.json().path("caseNo").asText());
        assertThat(other.json().path("applicantName").asText()).isEqualTo("李四");
        assertThat(other.json().path("counterNo").asInt()).isEqualTo(4);
        assertThat(other.body()).doesNotContain("张三");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json()).isEqualTo(other.json());
        assertThat(count("cases")).isEqualTo(2);
        assertThat(count("idempotency_keys")).isEqualTo(2);
    }

    @Test
    void a_later_case_with_another_spelling_keeps_its_own_name_and_phone_and_leaves_the_earlier_ones_alone() {
        Response first = api.postJson("/api/cases", clerk, newCase("张三", "11010519491231002X", "13800138000", null));
        Response second = api.postJson("/api/cases", clerk, newCase("張三", "11010519491231002X", "13900139000", null));
        String firstNo = first.json().path("caseNo").asText();
        String secondNo = second.json().path("caseNo").asText();

        assertThat(second.json().path("applicantName").asText()).isEqualTo("張三");
        assertThat(api.get("/api/cases/" + firstNo, clerk).json().path("applicantName").asText()).isEqualTo("张三");
        assertThat(api.get("/api/cases/" + secondNo, clerk).json().path("applicantName").asText()).isEqualTo("張三");
        assertThat(one("SELECT applicant_name || '/' || phone FROM cases WHERE case_no = '" + firstNo + "'"))
                .isEqualTo("张三/13800138000");
        assertThat(one("SELECT applicant_name || '/' || phone FROM cases WHERE case_no = '" + secondNo + "'"))
                .isEqualTo("張三/13900139000");
        assertThat(one("SELECT name || '/' || phone FROM persons")).isEqualTo("张三/13800138000");
        assertThat(count("persons")).isEqualTo(1);
    }

    @Test
    void control_characters_in_any_text_field_answer_400_and_store_nothing() {
        String key = UUID.randomUUID().toString();
        String[] bodies = {
            "{\"idempotencyKey\":\"" + key + "\",\"itemCode\":\"" + server.anyItemCode()
                    + "\",\"applicant\":{\"name\":\"张三\",\"idNumber\":\"11010519491231002X\"},"
                    + "\"remarks\":\"备注\\u0000尾\"}",
            "{\"idempotencyKey\":\"" + key + "\",\"itemCode\":\"" + server.anyItemCode()
                    + "\",\"applicant\":{\"name\":\"张\\u001b[2J三\",\"idNumber\":\"11010519491231002X\"}}",
            "{\"idempotencyKey\":\"" + key + "\",\"itemCode\":\"" + server.anyItemCode()
                    + "\",\"applicant\":{\"name\":\"张三\",\"idNumber\":\"11010519491231002X\","
                    + "\"phone\":\"1380013800\\u007f0\"}}",
            "{\"idempotencyKey\":\"" + key + "\",\"itemCode\":\"" + server.anyItemCode()
                    + "\",\"applicant\":{\"name\":\"张三\",\"idNumber\":\"11010519491231002X\"},"
                    + "\"remarks\":\"broken \\ud800 pair\"}",
        };
        String[] fields = {"remarks", "applicant.name", "applicant.phone", "remarks"};

        for (int i = 0; i < bodies.length; i++) {
            Response r = api.post("/api/cases", clerk, bodies[i]);
            assertThat(r.status()).as(bodies[i]).isEqualTo(400);
            assertThat(r.code()).as(bodies[i]).isEqualTo("TEXT_CONTROL_CHARACTER");
            assertThat(r.json().path("message").asText()).contains(fields[i]);
        }
        // a raw (unescaped) control byte is not even JSON
        Response raw = api.post("/api/cases", clerk, bodies[0].replace("\\u0000", "\u0001"));
        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.code()).isIn("MALFORMED_REQUEST", "TEXT_CONTROL_CHARACTER");
        for (String table : new String[] {"cases", "persons", "idempotency_keys", "case_sequences"}) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    @Test
    void names_of_punctuation_only_or_piled_up_combining_marks_answer_400_NAME_INVALID_and_store_nothing() {
        for (String name : new String[] {"·", "-'.", "··", "张" + "\u0336".repeat(30), "\u0301\u0301"}) {
            Response r = api.postJson("/api/cases", clerk, newCase(name, "11010519491231002X", null, null));
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.code()).as(name).isEqualTo("NAME_INVALID");
        }
        for (String table : new String[] {"cases", "persons", "idempotency_keys", "case_sequences"}) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    @Test
    void a_case_body_that_is_not_application_json_answers_415_and_stores_nothing() {
        String body = "{\"idempotencyKey\":\"k-415\",\"itemCode\":\"" + server.anyItemCode()
                + "\",\"applicant\":{\"name\":\"张三\",\"idNumber\":\"11010519491231002X\"}}";
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded",
                "application/json; charset=iso-8859-1", "application/jsonx"}) {
            Response r = api.postBytes("/api/cases", clerk, type, body.getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).as(type).isEqualTo(415);
            assertThat(r.code()).as(type).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        Response ok = api.postBytes("/api/cases", clerk, "Application/JSON; charset=\"UTF-8\"",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(count("cases")).isEqualTo(1);
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
