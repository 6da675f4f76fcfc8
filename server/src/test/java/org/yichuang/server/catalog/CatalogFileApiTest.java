package org.yichuang.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemBuilder;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Download;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.CatalogFixtures;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

class CatalogFileApiTest {
    private static final String JSON = CatalogFormat.JSON.mediaType();
    private static final String XLSX = CatalogFormat.XLSX.mediaType();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final CatalogFiles files = new CatalogFiles();
    private TestServer server;
    private ApiClient api;
    private String admin;
    private CatalogDocument demo;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        demo = server.demoCatalog();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Response upload(CatalogDocument document, CatalogFormat format) {
        return api.postBytes("/api/catalog/import", admin, format.mediaType(), files.write(document, format));
    }

    private static ServiceItem renamed(ServiceItem i, String name) {
        return new ServiceItem(i.baseCode(), i.implementationCode(), name, i.itemType(), i.department(),
                i.departmentCreditCode(), i.legalBasis(), i.statutoryLimit(), i.promisedLimit(), i.caseKind(),
                i.conditions(), i.processSteps(), i.fee(), i.serviceObjects(), i.channels(), i.visits(),
                i.specialProcedures(), i.resultName(), i.deliveryOptions(), i.deferralAllowed(), i.contacts(),
                i.materials());
    }

    /** Every catalog row with its content, hashed: equal before and after means nothing changed at all. */
    private String catalogState() {
        return server.jdbi().withHandle(h -> h.createQuery("""
                SELECT count(*) || ':' || md5(string_agg(x, '|' ORDER BY x)) FROM (
                  SELECT concat_ws(',', 'i', id, implementation_code, name, in_force, promised_value) FROM service_items
                  UNION ALL SELECT concat_ws(',', 'v', id, item_id, version, effective_from, in_force, item::text,
                                             recorded_at, recorded_by) FROM service_item_versions
                  UNION ALL SELECT concat_ws(',', 'b', id, code, name, description) FROM service_bundles
                  UNION ALL SELECT concat_ws(',', 'm', bundle_id, position, item_id) FROM service_bundle_items
                ) t(x)""").mapTo(String.class).one());
    }

    private int count(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void an_exported_catalog_imports_back_without_a_single_new_version() {
        for (CatalogFormat format : CatalogFormat.values()) {
            Download exported = api.download("/api/catalog/export?format=" + format.extension(), admin);
            String before = catalogState();

            Response imported = api.postBytes("/api/catalog/import", admin, format.mediaType(), exported.body());

            assertThat(exported.status()).as(format.name()).isEqualTo(200);
            assertThat(imported.status()).as(format.name() + " " + imported.body()).isEqualTo(200);
            assertThat(imported.json().path("itemsAdded").asInt()).isZero();
            assertThat(imported.json().path("itemsChanged").asInt()).isZero();
            assertThat(imported.json().path("itemsUnchanged").asInt()).isEqualTo(45);
            assertThat(imported.json().path("bundlesSaved").asInt()).isEqualTo(5);
            assertThat(count("SELECT count(*) FROM service_item_versions")).isEqualTo(45);
            assertThat(catalogState().split(":")[0]).isEqualTo(before.split(":")[0]);
        }
    }

    @Test
    void an_import_adds_new_items_versions_changed_ones_leaves_the_rest_and_saves_its_bundles() {
        ServiceItem fresh = CatalogFixtures.item(88_001, "导入的新事项");
        ServiceItem changed = renamed(demo.items().get(0), demo.items().get(0).name() + "（导入修改）");
        List<ServiceItem> items = new ArrayList<>(demo.items());
        items.set(0, changed);
        items.add(fresh);
        ServiceBundle bundle = new ServiceBundle("BUNDLE-IMPORT", "导入的一件事", "测试",
                List.of(fresh.implementationCode(), changed.implementationCode()));

        Response r = upload(new CatalogDocument(1, "测试", items, List.of(bundle)), CatalogFormat.JSON);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("itemsAdded").asInt()).isEqualTo(1);
        assertThat(r.json().path("itemsChanged").asInt()).isEqualTo(1);
        assertThat(r.json().path("itemsUnchanged").asInt()).isEqualTo(44);
        assertThat(r.json().path("bundlesSaved").asInt()).isEqualTo(1);
        JsonNode changedNow = api.get("/api/items/" + changed.implementationCode(), admin).json();
        assertThat(changedNow.path("version").asInt()).isEqualTo(2);
        assertThat(changedNow.path("recordedBy").asText()).isEqualTo("admin1");
        assertThat(changedNow.path("effectiveFrom").asText()).isEqualTo("2026-03-02T01:00:00Z");
        assertThat(api.get("/api/items/" + fresh.implementationCode(), admin).json().path("version").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/bundles", admin).json()).hasSize(6);
        assertThat(count("SELECT count(*) FROM service_item_versions")).isEqualTo(47);
        List<String> audit = server.jdbi().withHandle(h -> h.createQuery("SELECT action || ' ' || subject "
                + "|| coalesce(' ' || detail, '') FROM audit_log WHERE action IN ('ITEM_IMPORTED', 'BUNDLE_SAVED', "
                + "'CATALOG_IMPORTED') AND staff_id IS NOT NULL ORDER BY id").mapTo(String.class).list());
        assertThat(audit).hasSize(4).anySatisfy(a -> assertThat(a).startsWith("ITEM_IMPORTED "
                + changed.implementationCode() + " version:2"))
                .contains("BUNDLE_SAVED BUNDLE-IMPORT items:2", "CATALOG_IMPORTED JSON added:1 changed:1 unchanged:44 "
                        + "bundles:1");
    }

    @Test
    void items_missing_from_the_file_are_left_as_they_are() {
        ServiceItem fresh = CatalogFixtures.item(88_002, "只含一个事项的文件");

        Response r = upload(new CatalogDocument(1, "部分", List.of(fresh), List.of()), CatalogFormat.JSON);

        assertThat(r.json().path("itemsAdded").asInt()).isEqualTo(1);
        assertThat(api.get("/api/items", admin).json()).hasSize(46);
    }

    @Test
    void a_file_with_any_problem_answers_422_with_every_problem_and_leaves_the_catalog_untouched() {
        String before = catalogState();
        int auditBefore = count("SELECT count(*) FROM audit_log");
        List<ServiceItem> items = new ArrayList<>(demo.items());
        items.set(0, renamed(items.get(0), "本应被修改的事项"));
        items.add(CatalogFixtures.item(88_003, "本应被新增的事项"));
        ServiceItem first = items.get(1);
        items.set(1, new ServiceItemBuilder().codes(first.implementationCode(), first.baseCode())
                .limits(TimeLimit.workingDays(5), TimeLimit.workingDays(20)).build());
        items.add(items.get(2));
        List<ServiceBundle> bundles = List.of(new ServiceBundle("BUNDLE-BAD", "坏", null, List.of("NO-SUCH-ITEM")));

        for (CatalogFormat format : CatalogFormat.values()) {
            Response r = upload(new CatalogDocument(1, "有错的文件", items, bundles), format);

            assertThat(r.status()).as(format.name()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("CATALOG_IMPORT_INVALID");
            assertThat(r.json().path("problems").findValuesAsText("code")).as(format.name())
                    .contains("LIMIT_PROMISED_EXCEEDS_STATUTORY", "CATALOG_DUPLICATE_CODE", "BUNDLE_ITEM_UNKNOWN");
            assertThat(r.json().path("problems").findValuesAsText("message")).allSatisfy(m ->
                    assertThat(m).isNotBlank());
        }
        assertThat(catalogState()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void control_characters_in_any_imported_text_answer_422_naming_the_field_and_store_nothing() {
        String before = catalogState();
        List<ServiceItem> items = new ArrayList<>(demo.items());
        items.set(0, renamed(items.get(0), items.get(0).name() + "\u0000X"));
        items.set(3, renamed(items.get(3), "\u001b[31m" + items.get(3).name()));

        // JSON carries them as escapes; the .xlsx writer cannot put them in a cell at all
        for (CatalogFormat format : List.of(CatalogFormat.JSON)) {
            Response r = upload(new CatalogDocument(1, "含控制字符", items, demo.bundles()), format);

            assertThat(r.status()).as(format.name() + " " + r.body()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("CATALOG_IMPORT_INVALID");
            assertThat(r.json().path("problems").findValuesAsText("code")).as(format.name())
                    .containsExactly("TEXT_CONTROL_CHARACTER", "TEXT_CONTROL_CHARACTER");
            assertThat(r.json().path("problems").findValuesAsText("field")).as(format.name())
                    .containsExactly("items[0].name", "items[3].name");
        }
        assertThat(catalogState()).isEqualTo(before);
    }

    @Test
    void ten_megabytes_of_junk_are_refused_with_problems_and_nothing_is_stored() {
        String before = catalogState();
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(junk);

        Response asXlsx = api.postBytes("/api/catalog/import", admin, XLSX, junk);
        Response asJson = api.postBytes("/api/catalog/import", admin, JSON + "; charset=utf-8", junk);

        assertThat(asXlsx.status()).isEqualTo(422);
        assertThat(asXlsx.code()).isEqualTo("CATALOG_IMPORT_INVALID");
        assertThat(asXlsx.json().path("problems")).isNotEmpty();
        assertThat(asJson.code()).isEqualTo("CATALOG_IMPORT_INVALID");
        assertThat(catalogState()).isEqualTo(before);
    }

    @Test
    void the_import_route_alone_takes_bodies_up_to_32_MB() {
        byte[] tooBig = new byte[32 * 1024 * 1024 + 1];

        Response r = api.postBytes("/api/catalog/import", admin, JSON, tooBig);
        Response elsewhere = api.postBytes("/api/cases", admin, JSON, new byte[70 * 1024]);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("REQUEST_TOO_LARGE");
        assertThat(elsewhere.status()).isEqualTo(413);
    }

    @Test
    void a_file_of_another_type_answers_415() {
        Response text = api.postBytes("/api/catalog/import", admin, "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        Response csv = api.postBytes("/api/catalog/import", admin, "text/csv", "x".getBytes(StandardCharsets.UTF_8));

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(csv.status()).isEqualTo(415);
    }

    @Test
    void the_export_is_an_attachment_named_by_the_halls_date_and_is_audited() {
        clock.advance(java.time.Duration.ofHours(16));   // 2026-03-02T17:00Z is already 3 March in the hall
        admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);   // 12-hour sessions

        Download xlsx = api.download("/api/catalog/export?format=xlsx", admin);
        Download json = api.download("/api/catalog/export?format=JSON", admin);
        Response missing = api.get("/api/catalog/export", admin);

        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(XLSX);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo(
                "attachment; filename=\"catalog-20260303.xlsx\"; "
                        + "filename*=UTF-8''%E4%BA%8B%E9%A1%B9%E5%BA%93-20260303.xlsx");
        assertThat(xlsx.body()).startsWith(new byte[] {'P', 'K'});
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith(JSON);
        assertThat(files.read(json.body(), CatalogFormat.JSON, java.util.Set.of()).document().items())
                .containsExactlyInAnyOrderElementsOf(demo.items());
        assertThat(missing.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(count("SELECT count(*) FROM audit_log a JOIN staff s ON s.id = a.staff_id "
                + "WHERE a.action = 'CATALOG_EXPORTED' AND s.username = 'admin1'")).isEqualTo(2);
    }

    @Test
    void only_administrators_import_and_export() {
        byte[] file = files.write(demo, CatalogFormat.JSON);
        for (Role role : new Role[] {Role.WINDOW, Role.BACK_OFFICE, Role.RELEASE, Role.SUPERVISOR}) {
            String token = api.signIn(server.username(role), server.password(role), role == Role.WINDOW ? 1 : null);
            assertThat(api.postBytes("/api/catalog/import", token, JSON, file).status()).as(role.name())
                    .isEqualTo(403);
            assertThat(api.download("/api/catalog/export?format=json", token).status()).as(role.name())
                    .isEqualTo(403);
        }
        assertThat(api.postBytes("/api/catalog/import", null, JSON, file).status()).isEqualTo(401);
        assertThat(api.download("/api/catalog/export?format=json", null).status()).isEqualTo(401);
    }
}
