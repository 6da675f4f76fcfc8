package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.server.guide.PageXml.cls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceItem;

/** The index: bundles first, then every item in force under its department. */
class GuideIndexPageTest {
    private static DemoGuides demo;
    private static final GuidePages pages = new GuidePages(DemoGuides::zone);

    @BeforeAll
    static void readCatalog() {
        demo = DemoGuides.load();
    }

    private static PageXml index(HallInfo hall, List<VersionedItem> items) {
        return PageXml.parse(pages.index(hall, items, demo.catalog().bundles()));
    }

    @Test
    void bundles_come_first_then_one_group_per_department_in_catalogue_order() {
        PageXml page = index(DemoGuides.HALL, demo.versions());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (ServiceItem i : demo.catalog().items()) {
            expected.computeIfAbsent(i.department(), d -> new ArrayList<>()).add(i.name());
        }

        assertThat(page.all("//section[@data-group]").get(0).getAttribute("data-group")).isEqualTo("bundles");
        assertThat(page.texts("//section[@data-group='bundles']//span[" + cls("title") + "]"))
                .containsExactly("开办餐饮店", "开办美容美发店", "出生一件事", "企业开办一件事", "二手房转移登记一件事");
        assertThat(page.texts("//section[@data-group='department']/h2")).containsExactlyElementsOf(
                expected.entrySet().stream().map(e -> e.getKey() + "（" + e.getValue().size() + "项）").toList());
        expected.forEach((department, names) -> assertThat(page.texts("//section[h2='" + department + "（"
                + names.size() + "项）']//span[" + cls("title") + "]")).as(department).containsExactlyElementsOf(names));
        assertThat(expected).hasSize(13);
    }

    @Test
    void the_index_shows_bundle_names_and_keeps_codes_in_the_links_only() {
        PageXml page = index(DemoGuides.HALL, demo.versions());

        for (var bundle : demo.catalog().bundles()) {
            assertThat(page.text("//body")).doesNotContain(bundle.code()).contains(bundle.name());
            assertThat(page.all("//a[@href='/guide/bundles/" + bundle.code() + "']")).hasSize(1);
        }
    }

    @Test
    void entries_link_to_the_item_and_bundle_pages_and_say_how_long_it_takes() {
        PageXml page = index(DemoGuides.HALL, demo.versions());
        String hygiene = "//li/a[@href='/guide/items/11450128MB1602185R4000104002000']";

        assertThat(page.text(hygiene + "/span[" + cls("title") + "]")).isEqualTo("公共场所卫生许可证核发");
        assertThat(page.text(hygiene + "/span[" + cls("detail") + "]")).isEqualTo("承诺件 · 5个工作日");
        assertThat(page.text("//li/a[@href='/guide/bundles/BUNDLE-CANYIN']/span[" + cls("detail") + "]"))
                .isEqualTo("含3个事项");
        assertThat(page.all("//section[@data-group='department']//li/a")).hasSize(demo.catalog().items().size());
    }

    @Test
    void links_keep_the_path_of_the_public_address_and_drop_its_host() {
        HallInfo behindProxy = new HallInfo("示范县政务服务中心", "https://zwfw.example.gov.cn/yichuang/");
        PageXml page = index(behindProxy, demo.versions());

        assertThat(page.all("//li/a[@href='/yichuang/guide/items/11450128MB1602185R4000104002000']")).hasSize(1);
        assertThat(page.text("//header/a[@href='/yichuang/guide']")).isEqualTo("示范县政务服务中心");
        assertThat(page.all("//a[starts-with(@href, 'http')]")).isEmpty();
    }

    @Test
    void a_withdrawn_item_is_not_listed() {
        List<VersionedItem> items = new ArrayList<>(demo.versions());
        VersionedItem hygiene = items.remove(0);
        items.add(0, new VersionedItem(hygiene.item(), 4, DemoGuides.EFFECTIVE, false, DemoGuides.EFFECTIVE, "admin"));
        PageXml page = index(DemoGuides.HALL, items);

        assertThat(page.texts("//span[" + cls("title") + "]")).doesNotContain("公共场所卫生许可证核发")
                .contains("医师执业注册");
        assertThat(page.text("//h1/following-sibling::p[1]")).isEqualTo("共44个事项、5个“一件事”。点击事项查看需要准备的全部材料。");
    }

    @Test
    void the_search_box_starts_hidden_and_the_inline_script_reveals_and_drives_it() {
        PageXml page = index(DemoGuides.HALL, demo.versions());

        assertThat(page.all("//input[@type='search' and @id='" + IndexPage.SEARCH_ID + "' and @hidden]")).hasSize(1);
        assertThat(page.text("//script")).contains("getElementById('" + IndexPage.SEARCH_ID + "')")
                .contains("getElementById('" + IndexPage.NONE_FOUND_ID + "')").contains("data-search");
        assertThat(page.all("//li[@data-search]")).allSatisfy(li -> assertThat(li.getAttribute("data-search"))
                .isEqualTo(li.getAttribute("data-search").toLowerCase(Locale.ROOT)));
        assertThat(page.all("//li[contains(@data-search, '示范县卫生健康局')]")).hasSize(7);
    }

    @Test
    void an_empty_catalog_says_there_is_nothing_yet() {
        PageXml page = PageXml.parse(pages.index(DemoGuides.HALL, List.of(), List.of()));

        assertThat(page.all("//section[@data-group]")).isEmpty();
        assertThat(page.text("//p[@id='" + IndexPage.NONE_FOUND_ID + "' and not(@hidden)]")).isEqualTo("暂无公开的办事指南。");
    }

    @Test
    void the_not_found_page_leads_back_to_the_index() {
        PageXml page = PageXml.parse(pages.notFound(DemoGuides.HALL));

        assertThat(page.text("/html/head/title")).isEqualTo("未找到办事指南 - 办事指南 - 示范县政务服务中心");
        assertThat(page.text("//main//a[@href='/guide']")).isEqualTo("查看全部办事指南");
        assertThat(page.all("/html[@lang='zh-CN']")).hasSize(1);
    }
}
