package org.yichuang.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.ItemChange;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.CatalogFixtures;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/** The public guide pages: no token, HTML, the version and its date, escaped text, 404 as a page. */
class GuideApiTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private TestServer server;
    private ApiClient api;
    private ServiceItem item;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        api = new ApiClient(server.baseUrl());
        item = server.demoCatalog().items().stream().filter(i -> i.implementationCode().equals(server.anyItemCode()))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String admin() {
        return api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
    }

    private static void assertHtml(Response r, int status) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).matches("(?i)text/html; ?charset=utf-8");
        assertThat(r.body()).startsWith("<!DOCTYPE html>").contains("示范县政务服务中心");
    }

    @Test
    void the_index_lists_every_item_in_force_and_the_bundles_without_signing_in() {
        Response r = api.get("/guide", null);

        assertHtml(r, 200);
        assertThat(r.body()).contains(item.name(), "开办餐饮店", "出生一件事", "/guide/items/" + item.implementationCode(),
                "/guide/bundles/BUNDLE-CANYIN");
    }

    @Test
    void an_item_page_shows_the_version_and_the_day_it_took_effect() {
        Response r = api.get("/guide/items/" + item.implementationCode(), null);

        assertHtml(r, 200);
        // the test template's catalog took effect on 2026-01-01T00:00Z, 08:00 in Beijing
        assertThat(r.body()).contains(item.name(), "版本 1 · 更新于 2026年1月1日");
    }

    @Test
    void a_changed_item_shows_its_new_version_and_its_text_escaped() {
        String token = admin();
        ServiceItem hostile = CatalogFixtures.item(99_001, "<script>alert('x')</script>&事项");
        api.putJson("/api/items/" + hostile.implementationCode(), token, new ItemChange(hostile, null, null, true));

        Response r = api.get("/guide/items/" + hostile.implementationCode(), null);

        assertHtml(r, 200);
        assertThat(r.body()).doesNotContain("<script>alert").contains("&lt;script&gt;")
                .contains("版本 1 · 更新于 2026年3月2日");
    }

    @Test
    void a_bundle_page_lists_its_members_and_their_merged_materials() {
        ServiceBundle canyin = server.demoCatalog().bundles().stream().filter(b -> b.code().equals("BUNDLE-CANYIN"))
                .findFirst().orElseThrow();
        List<String> memberNames = canyin.itemCodes().stream().map(code -> server.demoCatalog().findItem(code)
                .orElseThrow().name()).toList();

        Response r = api.get("/guide/bundles/BUNDLE-CANYIN", null);

        assertHtml(r, 200);
        assertThat(r.body()).contains("开办餐饮店").contains(memberNames);
    }

    @Test
    void unknown_and_withdrawn_items_and_bundles_answer_a_404_page() {
        ServiceBundle meirong = server.demoCatalog().bundles().stream().filter(b -> b.code().equals("BUNDLE-MEIRONG"))
                .findFirst().orElseThrow();
        api.putJson("/api/items/" + item.implementationCode(), admin(), new ItemChange(item, 1, null, false));

        Response unknownItem = api.get("/guide/items/NO-SUCH-ITEM", null);
        Response withdrawn = api.get("/guide/items/" + item.implementationCode(), null);
        Response unknownBundle = api.get("/guide/bundles/BUNDLE-NONE", null);
        Response bundleMissingAMember = api.get("/guide/bundles/" + meirong.code(), null);
        Response index = api.get("/guide", null);

        assertThat(meirong.itemCodes()).contains(item.implementationCode());
        for (Response r : List.of(unknownItem, withdrawn, unknownBundle, bundleMissingAMember)) {
            assertHtml(r, 404);
            assertThat(r.body()).contains("未找到");
        }
        assertThat(index.body()).doesNotContain("/guide/items/" + item.implementationCode())
                .doesNotContain("/guide/bundles/" + meirong.code()).contains("/guide/bundles/BUNDLE-CANYIN");
    }

    @Test
    void the_guide_pages_never_show_personal_data() {
        String window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 1);
        api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(), item.implementationCode(),
                new ApplicantInput("欧阳娜娜", "11010519491231002X", "13912345678"), null));

        String pages = api.get("/guide", null).body() + api.get("/guide/items/" + item.implementationCode(), null)
                .body() + api.get("/guide/bundles/BUNDLE-MEIRONG", null).body();

        assertThat(pages).doesNotContain("欧阳娜娜", "11010519491231002X", "13912345678", "王晓燕");
    }
}
