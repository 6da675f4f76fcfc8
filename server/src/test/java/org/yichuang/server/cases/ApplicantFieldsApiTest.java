package org.yichuang.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.person.PhoneNumber;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * The applicant's fields over the API (issue 10): each bad field answers its stable code and stores nothing, and
 * what is stored is the core value types' tidied form — the same rule the counter's form applies.
 */
class ApplicantFieldsApiTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T02:00:00Z"));
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

    private Response post(String name, String id, String phone, String remarks) {
        return api.postJson("/api/cases", clerk, new NewCase(UUID.randomUUID().toString(), server.anyItemCode(),
                new ApplicantInput(name, id, phone), remarks));
    }

    private int count(String table) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    private String one(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private void assertNothingStored() {
        for (String table : new String[] {"cases", "persons", "idempotency_keys", "case_sequences"}) {
            assertThat(count(table)).as(table).isZero();
        }
        assertThat(one("SELECT count(*)::text FROM audit_log WHERE action LIKE 'CASE%'")).isEqualTo("0");
    }

    @Test
    void each_bad_field_answers_its_stable_code_with_a_precise_message_and_stores_nothing() {
        record Case(String name, String id, String phone, String remarks, String code, String message) {
        }
        Case[] cases = {
            new Case("张三", "11010519491231002X", "6231201", null, "PHONE_INVALID", "须带区号"),
            new Case("张三", "11010519491231002X", "1380013800", null, "PHONE_INVALID", "11 位，现为 10 位"),
            new Case("张三", "11010519491231002X", "12800138000", null, "PHONE_INVALID", "第 2 位"),
            new Case("张三", "11010519491231002X", "0771-623120", null, "PHONE_INVALID", "7 或 8 位"),
            new Case("张三", "11010519491231002X", "13800138000转12", null, "PHONE_INVALID", "没有分机号"),
            new Case("张三", "11010519491231002X", null, "字".repeat(501), "FIELD_TOO_LONG", "现为 501 个字"),
            new Case("张三", "１１０１０５１９４９１２３１００２１", null, null, "ID_NUMBER_CHECKSUM", "校验位"),
            new Case("··", "11010519491231002X", null, null, "NAME_INVALID", "文字"),
            new Case(" ", "11010519491231002X", null, null, "FIELD_REQUIRED", "姓名"),
        };
        for (Case c : cases) {
            Response r = post(c.name(), c.id(), c.phone(), c.remarks());
            assertThat(r.status()).as(c.toString()).isEqualTo(400);
            assertThat(r.code()).as(c.toString()).isEqualTo(c.code());
            assertThat(r.json().path("message").asText()).as(c.toString()).contains(c.message());
        }
        assertNothingStored();
    }

    @Test
    void full_width_and_separated_input_is_stored_in_the_tidied_form() {
        Response r = post("张三", "１１０１０５ １９４９１２３１ ００２ｘ", "（０７７１）６２３ １２０１ 转 ８００１",
                "  备注\n第二行  ");

        assertThat(r.status()).isEqualTo(201);
        assertThat(one("SELECT id_number FROM persons")).isEqualTo("11010519491231002X");
        assertThat(one("SELECT phone FROM cases")).isEqualTo("0771-6231201-8001");
        assertThat(one("SELECT remarks FROM cases")).isEqualTo("备注\n第二行");
    }

    @Test
    void five_hundred_extension_b_characters_of_remarks_are_accepted_since_characters_not_utf16_units_count() {
        String remarks = "𠀀".repeat(500);

        Response r = post("张三", "11010519491231002X", "138 0013 8000", remarks);

        assertThat(r.status()).isEqualTo(201);
        assertThat(one("SELECT remarks FROM cases")).isEqualTo(remarks);
        assertThat(one("SELECT phone FROM cases")).isEqualTo("13800138000");
    }

    /** The client checks with PhoneNumber too: whatever it lets through, the server stores, and vice versa. */
    @Test
    void the_server_accepts_exactly_the_phones_the_core_type_accepts() {
        String[] phones = {"13800138000", "+86 139 1234 5678", "010-62345678", "0771 6231201", "6231201", "12345",
            "0771-6231201-12", "020-1234567", "1380013800", "01062345678"};
        for (String phone : phones) {
            boolean coreAccepts;
            try {
                PhoneNumber.parse(phone);
                coreAccepts = true;
            } catch (DomainException e) {
                coreAccepts = false;
            }
            Response r = post("张三", "11010519491231002X", phone, null);
            assertThat(r.status()).as(phone).isEqualTo(coreAccepts ? 201 : 400);
        }
    }
}
