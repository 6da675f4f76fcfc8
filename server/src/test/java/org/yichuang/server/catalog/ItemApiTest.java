package org.yichuang.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.ItemChange;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemBuilder;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.CatalogFixtures;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;
import org.yichuang.server.web.Json;

class ItemApiTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00.123456Z"));
    private final ItemJson json = new ItemJson(Json.newObjectMapper());
    private TestServer server;
    private ApiClient api;
    private String admin;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        admin = token(Role.ADMIN);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String token(Role role) {
        return api.signIn(server.username(role), server.password(role), role == Role.WINDOW ? 1 : null);
    }

    private ServiceItem demoItem() {
        return json.read(api.get("/api/items/" + server.anyItemCode(), admin).json().path("item").toString());
    }

    private static ServiceItem renamed(ServiceItem i, String name) {
        return new ServiceItem(i.baseCode(), i.implementationCode(), name, i.itemType(), i.department(),
                i.departmentCreditCode(), i.legalBasis(), i.statutoryLimit(), i.promisedLimit(), i.caseKind(),
                i.conditions(), i.processSteps(), i.fee(), i.serviceObjects(), i.channels(), i.visits(),
                i.specialProcedures(), i.resultName(), i.deliveryOptions(), i.deferralAllowed(), i.contacts(),
                i.materials());
    }

    private static ServiceItem promising(ServiceItem i, int days) {
        return new ServiceItem(i.baseCode(), i.implementationCode(), i.name(), i.itemType(), i.department(),
                i.departmentCreditCode(), i.legalBasis(), i.statutoryLimit(), TimeLimit.workingDays(days),
                i.caseKind(), i.conditions(), i.processSteps(), i.fee(), i.serviceObjects(), i.channels(), i.visits(),
                i.specialProcedures(), i.resultName(), i.deliveryOptions(), i.deferralAllowed(), i.contacts(),
                i.materials());
    }

    /** Sets in the JSON come in any order: compare as records. */
    private static VersionedItem versioned(JsonNode node) {
        try {
            return Json.newObjectMapper().treeToValue(node, VersionedItem.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private Response put(ServiceItem item, Integer base, Instant effective, boolean inForce) {
        return api.putJson("/api/items/" + item.implementationCode(), admin,
                new ItemChange(item, base, effective, inForce));
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void every_signed_in_role_reads_the_whole_item_in_force_with_its_version() {
        for (Role role : Role.values()) {
            Response r = api.get("/api/items/" + server.anyItemCode(), token(role));

            assertThat(r.status()).as(role.name()).isEqualTo(200);
            assertThat(r.json().path("version").asInt()).isEqualTo(1);
            assertThat(r.json().path("recordedBy").asText()).isEqualTo("system");
            assertThat(r.json().path("inForce").asBoolean()).isTrue();
            assertThat(r.json().path("item").path("materials").size()).isPositive();
        }
        assertThat(api.get("/api/items/" + server.anyItemCode(), null).code()).isEqualTo("AUTH_REQUIRED");
        Response unknown = api.get("/api/items/NO-SUCH-ITEM", admin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("ITEM_NOT_FOUND");
    }

    @Test
    void only_administrators_read_versions_and_save_items() {
        ServiceItem item = demoItem();
        for (Role role : new Role[] {Role.WINDOW, Role.BACK_OFFICE, Role.RELEASE, Role.SUPERVISOR}) {
            String token = token(role);
            assertThat(api.get("/api/items/" + item.implementationCode() + "/versions", token).status())
                    .as(role.name()).isEqualTo(403);
            Response save = api.putJson("/api/items/" + item.implementationCode(), token,
                    new ItemChange(renamed(item, "改名"), 1, null, true));
            assertThat(save.status()).as(role.name()).isEqualTo(403);
            assertThat(save.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.putJson("/api/items/" + item.implementationCode(), null,
                new ItemChange(item, 1, null, true)).status()).isEqualTo(401);
        assertThat(api.get("/api/items/" + item.implementationCode() + "/versions", null).status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM service_item_versions")).isEqualTo(45);
    }

    @Test
    void a_new_item_becomes_version_1_and_each_change_a_new_version_recorded_by_the_administrator() {
        ServiceItem item = CatalogFixtures.item(77_001, "新设事项");

        Response created = put(item, null, null, true);
        Response changed = put(renamed(item, "新设事项（更名）"), 1, null, true);
        Response versions = api.get("/api/items/" + item.implementationCode() + "/versions", admin);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("version").asInt()).isEqualTo(1);
        assertThat(created.json().path("effectiveFrom").asText()).isEqualTo("2026-03-02T01:00:00.123456Z");
        assertThat(changed.status()).isEqualTo(201);
        assertThat(changed.json().path("version").asInt()).isEqualTo(2);
        assertThat(changed.json().path("recordedBy").asText()).isEqualTo("admin1");
        assertThat(versions.json().findValuesAsText("version")).containsExactly("2", "1");
        assertThat(versioned(versions.json().get(1))).isEqualTo(versioned(created.json()));
        assertThat(versioned(api.get("/api/items/" + item.implementationCode(), admin).json()))
                .isEqualTo(versioned(changed.json()));
        assertThat(api.get("/api/items", token(Role.WINDOW)).json().findValuesAsText("name")).contains("新设事项（更名）");
    }

    @Test
    void saving_an_identical_item_answers_200_with_the_latest_version_and_stores_nothing() {
        ServiceItem item = demoItem();

        Response same = put(item, 1, null, true);

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().path("version").asInt()).isEqualTo(1);
        assertThat(same.json().path("recordedBy").asText()).isEqualTo("system");
        assertThat(count("SELECT count(*) FROM service_item_versions")).isEqualTo(45);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'ITEM_SAVED'")).isZero();
    }

    @Test
    void a_stale_or_missing_base_version_answers_409_and_keeps_the_newer_save() {
        ServiceItem item = demoItem();
        put(renamed(item, "甲改的名称"), 1, null, true);

        Response stale = put(renamed(item, "乙改的名称"), 1, null, true);
        Response recreate = put(renamed(item, "丙新建"), null, null, true);
        Response unknownBase = put(CatalogFixtures.item(77_002, "不存在的事项"), 3, null, true);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CATALOG_VERSION_CONFLICT");
        assertThat(recreate.code()).isEqualTo("CATALOG_VERSION_CONFLICT");
        assertThat(unknownBase.code()).isEqualTo("CATALOG_VERSION_CONFLICT");
        assertThat(api.get("/api/items/" + item.implementationCode(), admin).json().path("item").path("name")
                .asText()).isEqualTo("甲改的名称");
        assertThat(count("SELECT count(*) FROM service_item_versions")).isEqualTo(46);
    }

    @Test
    void rule_violations_answer_400_with_every_problem_located_and_store_nothing() {
        ServiceItem bad = new ServiceItemBuilder().codes(ServiceItemBuilder.HEALTH_BUREAU + "4000177003000",
                "000177003000").limits(TimeLimit.workingDays(10), TimeLimit.workingDays(15))
                .materials(ServiceItemBuilder.material("申请人身份证明", MaterialKind.IDENTITY_DOCUMENT, true)).build();

        Response r = put(bad, null, null, true);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("CATALOG_RULE_VIOLATED");
        JsonNode problems = r.json().path("problems");
        assertThat(problems.findValuesAsText("field")).contains("promisedLimit", "materials[0].deferrable");
        assertThat(problems.findValuesAsText("code")).contains("LIMIT_PROMISED_EXCEEDS_STATUTORY",
                "MATERIAL_NOT_DEFERRABLE");
        assertThat(problems.findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(api.get("/api/items/" + bad.implementationCode(), admin).code()).isEqualTo("ITEM_NOT_FOUND");
        assertThat(count("SELECT count(*) FROM service_items")).isEqualTo(45);
    }

    @Test
    void a_path_code_other_than_the_items_or_a_past_effective_time_is_refused() {
        ServiceItem item = demoItem();

        Response mismatch = api.putJson("/api/items/OTHER-CODE", admin, new ItemChange(item, 1, null, true));
        Response past = put(renamed(item, "改写历史"), 1, clock.instant().minusSeconds(1), true);

        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.code()).isEqualTo("CATALOG_VALUE_INVALID");
        assertThat(count("SELECT count(*) FROM service_item_versions")).isEqualTo(45);
    }

    @Test
    void a_future_version_waits_for_its_effective_time() {
        ServiceItem item = demoItem();
        Instant nextMonth = clock.instant().plus(Duration.ofDays(30));

        Response saved = put(promising(item, 3), 1, nextMonth, true);

        assertThat(saved.status()).isEqualTo(201);
        assertThat(api.get("/api/items/" + item.implementationCode(), admin).json().path("version").asInt())
                .isEqualTo(1);
        clock.advance(Duration.ofDays(30));
        admin = token(Role.ADMIN);   // the first session expired meanwhile
        assertThat(api.get("/api/items/" + item.implementationCode(), admin).json().path("version").asInt())
                .isEqualTo(2);
        assertThat(api.get("/api/items", admin).json().findValues("promisedLimit").stream()
                .filter(n -> n.path("value").asInt() == 3)).isNotEmpty();
    }

    @Test
    void the_administrators_list_shows_every_item_with_its_latest_version_withdrawn_and_waiting_ones_too() {
        ServiceItem item = demoItem();
        Instant nextMonth = clock.instant().plus(Duration.ofDays(30));
        put(item, 1, null, false);
        ServiceItem other = CatalogFixtures.item(77_002, "下月施行事项");
        put(other, null, nextMonth, true);

        Response listings = api.get("/api/catalog/items", admin);

        assertThat(listings.status()).isEqualTo(200);
        assertThat(listings.json()).hasSize(46);
        JsonNode withdrawn = find(listings.json(), item.implementationCode());
        assertThat(withdrawn.path("version").asInt()).isEqualTo(2);
        assertThat(withdrawn.path("inForce").asBoolean()).isFalse();
        assertThat(withdrawn.path("recordedBy").asText()).isEqualTo(server.username(Role.ADMIN));
        JsonNode waiting = find(listings.json(), other.implementationCode());
        assertThat(Instant.parse(waiting.path("effectiveFrom").asText())).isEqualTo(nextMonth);
        assertThat(waiting.path("name").asText()).isEqualTo("下月施行事项");
        assertThat(waiting.has("item")).as("no whole items in the list").isFalse();
        assertThat(api.get("/api/catalog/items", token(Role.SUPERVISOR)).status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode n : array) {
            if (n.path("implementationCode").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("not listed: " + code);
    }

    @Test
    void a_withdrawn_item_leaves_the_list_and_cannot_take_new_cases() {
        ServiceItem item = demoItem();
        String window = token(Role.WINDOW);

        Response withdrawn = put(item, 1, null, false);
        Response refused = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(),
                item.implementationCode(), new ApplicantInput("张三", "11010519491231002X", null), null));

        assertThat(withdrawn.status()).isEqualTo(201);
        assertThat(withdrawn.json().path("inForce").asBoolean()).isFalse();
        assertThat(api.get("/api/items", window).json().findValuesAsText("implementationCode"))
                .hasSize(44).doesNotContain(item.implementationCode());
        assertThat(api.get("/api/items/" + item.implementationCode(), window).code()).isEqualTo("ITEM_NOT_FOUND");
        assertThat(refused.code()).isEqualTo("ITEM_NOT_FOUND");
        assertThat(put(item, 2, null, true).json().path("version").asInt()).isEqualTo(3);
        assertThat(api.get("/api/items", window).json()).hasSize(45);
    }

    @Test
    void a_case_keeps_the_version_it_was_accepted_under_after_the_item_changes() {
        String window = token(Role.WINDOW);
        ServiceItem item = demoItem();
        Response accepted = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(),
                item.implementationCode(), new ApplicantInput("张三", "11010519491231002X", null), null));
        String caseNo = accepted.json().path("caseNo").asText();

        put(promising(renamed(item, "公共场所卫生许可（新名称）"), 2), 1, null, true);
        Response later = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(),
                item.implementationCode(), new ApplicantInput("李四", "440524188001010014", null), null));
        Response reread = api.get("/api/cases/" + caseNo, window);

        assertThat(reread.json()).isEqualTo(accepted.json());
        assertThat(reread.json().path("itemName").asText()).isEqualTo(item.name());
        assertThat(reread.json().path("promisedLimit").path("value").asInt()).isEqualTo(5);
        assertThat(later.json().path("itemName").asText()).isEqualTo("公共场所卫生许可（新名称）");
        assertThat(later.json().path("promisedLimit").path("value").asInt()).isEqualTo(2);
        String versions = server.jdbi().withHandle(h -> h.createQuery("SELECT string_agg(v.version::text, ',' "
                + "ORDER BY k.id) FROM cases k JOIN service_item_versions v ON v.id = k.item_version_id")
                .mapTo(String.class).one());
        assertThat(versions).isEqualTo("1,2");
    }

    @Test
    void every_save_is_audited_with_the_administrator_the_item_and_the_version() {
        ServiceItem item = demoItem();
        Instant effective = clock.instant().plus(Duration.ofDays(1));

        put(renamed(item, "审计测试"), 1, effective, true);

        JsonNode audit = api.get("/api/audit?limit=5", admin).json().path("entries");
        assertThat(audit.get(0).path("action").asText()).isEqualTo("ITEM_SAVED");
        assertThat(audit.get(0).path("username").asText()).isEqualTo("admin1");
        assertThat(audit.get(0).path("subject").asText()).isEqualTo(item.implementationCode());
        assertThat(audit.get(0).path("detail").asText()).contains("version:2").contains(effective.toString());
    }

    // issue 10: the hall decides whether items of a risk category may allow 容缺

    @Test
    void a_risky_item_allowing_deferral_is_refused_unless_the_hall_allows_it() {
        ServiceItem risky = CatalogFixtures.item(77_010, "风险事项").withIntakeRules(
                org.yichuang.core.catalog.RiskCategory.PERSONAL_HEALTH, false, null, null, false);
        Response refused = put(risky, null, null, true);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("problems").findValuesAsText("code")).contains("ITEM_RISK_FORBIDS_DEFERRAL");
        assertThat(count("SELECT count(*) FROM service_items WHERE implementation_code = '"
                + risky.implementationCode() + "'")).isZero();

        server.jdbi().useHandle(h -> h.execute("UPDATE halls SET risky_items_may_defer = true"));
        Response saved = put(risky, null, null, true);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    }
}
