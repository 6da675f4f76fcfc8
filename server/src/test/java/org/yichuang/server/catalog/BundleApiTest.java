package org.yichuang.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.TestServer;

class BundleApiTest {
    private TestServer server;
    private ApiClient api;
    private String admin;
    private List<String> codes;

    @BeforeEach
    void start() {
        server = TestServer.start();
        api = new ApiClient(server.baseUrl());
        admin = token(Role.ADMIN);
        codes = server.demoCatalog().items().stream().map(ServiceItem::implementationCode).toList();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String token(Role role) {
        return api.signIn(server.username(role), server.password(role), role == Role.WINDOW ? 1 : null);
    }

    private int count(String table) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class)
                .one());
    }

    @Test
    void every_signed_in_role_lists_the_demo_bundles_by_name_with_members_in_order() {
        for (Role role : Role.values()) {
            Response r = api.get("/api/bundles", token(role));

            assertThat(r.status()).as(role.name()).isEqualTo(200);
            assertThat(r.json()).hasSize(5);
        }
        Response r = api.get("/api/bundles", admin);
        List<String> names = r.json().findValuesAsText("name");
        assertThat(names).isSorted();
        ServiceBundle canyin = server.demoCatalog().bundles().stream().filter(b -> b.code().equals("BUNDLE-CANYIN"))
                .findFirst().orElseThrow();
        assertThat(r.json().findParents("code").stream().filter(n -> n.path("code").asText().equals("BUNDLE-CANYIN"))
                .findFirst().orElseThrow().path("itemCodes").toString())
                .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(canyin.itemCodes()).toString());
        assertThat(api.get("/api/bundles", null).code()).isEqualTo("AUTH_REQUIRED");
    }

    @Test
    void an_administrator_creates_replaces_and_deletes_a_bundle_and_each_change_is_audited() {
        ServiceBundle bundle = new ServiceBundle("BUNDLE-TEST", "测试一件事", "测试用", List.of(codes.get(3), codes.get(1)));
        ServiceBundle replaced = new ServiceBundle("BUNDLE-TEST", "测试一件事（改）", null, List.of(codes.get(2)));

        Response created = api.putJson("/api/bundles/BUNDLE-TEST", admin, bundle);
        Response changed = api.putJson("/api/bundles/BUNDLE-TEST", admin, replaced);
        List<String> listed = api.get("/api/bundles", admin).json().findValuesAsText("code");
        Response deleted = api.delete("/api/bundles/BUNDLE-TEST", admin);
        Response again = api.delete("/api/bundles/BUNDLE-TEST", admin);

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("itemCodes").get(0).asText()).isEqualTo(codes.get(3));
        assertThat(changed.json().path("itemCodes")).hasSize(1);
        assertThat(changed.json().path("description").isNull()).isTrue();
        assertThat(listed).contains("BUNDLE-TEST");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.code()).isEqualTo("BUNDLE_NOT_FOUND");
        assertThat(api.get("/api/bundles", admin).json()).hasSize(5);
        assertThat(count("service_bundle_items")).isEqualTo(server.demoCatalog().bundles().stream()
                .mapToInt(b -> b.itemCodes().size()).sum());
        List<String> audit = server.jdbi().withHandle(h -> h.createQuery("SELECT a.action || ' ' || a.subject || ' ' "
                + "|| s.username FROM audit_log a JOIN staff s ON s.id = a.staff_id WHERE a.action LIKE 'BUNDLE%' "
                + "ORDER BY a.id").mapTo(String.class).list());
        assertThat(audit).containsExactly("BUNDLE_SAVED BUNDLE-TEST admin1", "BUNDLE_SAVED BUNDLE-TEST admin1",
                "BUNDLE_DELETED BUNDLE-TEST admin1");
    }

    @Test
    void unknown_members_answer_400_BUNDLE_ITEM_UNKNOWN_naming_each_and_store_nothing() {
        ServiceBundle bad = new ServiceBundle("BUNDLE-BAD", "坏的一件事", null,
                List.of(codes.get(0), "NO-SUCH-ITEM", "ALSO-MISSING"));

        Response r = api.putJson("/api/bundles/BUNDLE-BAD", admin, bad);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("BUNDLE_ITEM_UNKNOWN");
        assertThat(r.json().path("problems").findValuesAsText("field")).containsExactly("itemCodes[1]", "itemCodes[2]");
        assertThat(count("service_bundles")).isEqualTo(5);
    }

    @Test
    void malformed_bundles_are_refused_with_their_codes() {
        ServiceBundle ok = new ServiceBundle("BUNDLE-X", "名称", null, List.of(codes.get(0)));

        assertThat(api.putJson("/api/bundles/BUNDLE-Y", admin, ok).code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(api.putJson("/api/bundles/BUNDLE-X", admin, new ServiceBundle("BUNDLE-X", " ", null,
                List.of(codes.get(0)))).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(api.putJson("/api/bundles/BUNDLE-X", admin, new ServiceBundle("BUNDLE-X", "名称", null,
                List.of())).code()).isEqualTo("FIELD_REQUIRED");
        assertThat(api.putJson("/api/bundles/BUNDLE-X", admin, new ServiceBundle("BUNDLE-X", "名称", null,
                List.of(codes.get(0), codes.get(0)))).code()).isEqualTo("CATALOG_DUPLICATE_CODE");
        assertThat(api.putJson("/api/bundles/BUNDLE_X", admin, new ServiceBundle("BUNDLE_X", "名称", null,
                List.of(codes.get(0)))).code()).isEqualTo("CATALOG_VALUE_INVALID");
        assertThat(count("service_bundles")).isEqualTo(5);
    }

    @Test
    void only_administrators_change_bundles() {
        ServiceBundle bundle = new ServiceBundle("BUNDLE-TEST", "测试一件事", null, List.of(codes.get(0)));
        for (Role role : new Role[] {Role.WINDOW, Role.BACK_OFFICE, Role.RELEASE, Role.SUPERVISOR}) {
            String token = token(role);
            assertThat(api.putJson("/api/bundles/BUNDLE-TEST", token, bundle).status()).as(role.name())
                    .isEqualTo(403);
            assertThat(api.delete("/api/bundles/BUNDLE-CANYIN", token).status()).as(role.name()).isEqualTo(403);
        }
        assertThat(api.putJson("/api/bundles/BUNDLE-TEST", null, bundle).status()).isEqualTo(401);
        assertThat(api.delete("/api/bundles/BUNDLE-CANYIN", null).status()).isEqualTo(401);
        assertThat(count("service_bundles")).isEqualTo(5);
    }
}
