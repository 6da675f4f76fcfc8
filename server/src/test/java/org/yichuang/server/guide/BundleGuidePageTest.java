package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yichuang.server.guide.PageXml.cls;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceBundle;

/** The bundle (一件事) page: members with links, and each shared material asked for once (一表申报). */
class BundleGuidePageTest {
    private static final String SOLE_TRADER = "11450128MB160475444000101012001";
    private static DemoGuides demo;
    private static final GuidePages pages = new GuidePages(DemoGuides::zone);

    @BeforeAll
    static void readCatalog() {
        demo = DemoGuides.load();
    }

    private static PageXml page(String bundleCode) {
        ServiceBundle bundle = demo.bundle(bundleCode);
        return PageXml.parse(pages.bundle(DemoGuides.HALL, bundle, demo.members(bundle)));
    }

    private static String mergedRow(String name) {
        return "//table[" + cls("materials") + "]/tbody/tr[td[" + cls("name") + "]/strong='" + name + "']";
    }

    @Test
    void the_page_describes_the_bundle_under_its_name() {
        PageXml page = page("BUNDLE-CANYIN");

        assertThat(page.text("/html/head/title")).isEqualTo("开办餐饮店 - 办事指南 - 示范县政务服务中心");
        assertThat(page.text("//h1")).isEqualTo("开办餐饮店");
        assertThat(page.text("//section[h2='一、一件事说明']/p")).isEqualTo(demo.bundle("BUNDLE-CANYIN").description());
    }

    @Test
    void the_public_reads_the_bundles_name_never_its_code() {
        for (ServiceBundle bundle : demo.catalog().bundles()) {
            PageXml page = page(bundle.code());

            assertThat(page.text("//body")).as(bundle.code()).doesNotContain(bundle.code())
                    .contains(bundle.name());
        }
    }

    @Test
    void members_are_listed_in_handling_order_with_links_and_departments() {
        PageXml page = page("BUNDLE-CANYIN");
        String rows = "//table[" + cls("members") + "]/tbody/tr";

        assertThat(page.texts(rows + "/td[" + cls("name") + "]/a"))
                .containsExactly("个体工商户登记", "食品经营许可（新办）", "城镇污水排入排水管网许可");
        assertThat(page.all(rows + "/td/a[@href='/guide/items/" + SOLE_TRADER + "']")).hasSize(1);
        assertThat(page.texts(rows + "/td[@data-label='实施主体']"))
                .containsExactly("示范县市场监督管理局", "示范县市场监督管理局", "示范县住房和城乡建设局");
        assertThat(page.text(rows + "[1]/td[@data-label='承诺办结时限']")).isEqualTo("即办（当场办结）");
    }

    @Test
    void a_material_several_items_need_is_listed_once_with_every_item_it_serves() {
        PageXml page = page("BUNDLE-CANYIN");

        assertThat(page.all(mergedRow("申请人身份证明"))).hasSize(1);
        assertThat(page.texts(mergedRow("申请人身份证明") + "/td[@data-label='适用事项']/ul/li"))
                .containsExactly("个体工商户登记", "食品经营许可（新办）", "城镇污水排入排水管网许可");
        assertThat(page.all(mergedRow("营业执照"))).hasSize(1);
        List<String> names = page.texts("//table[" + cls("materials") + "]/tbody/tr/td[" + cls("name") + "]/strong");
        assertThat(names).doesNotHaveDuplicates();
        int asked = demo.bundle("BUNDLE-CANYIN").itemCodes().stream()
                .mapToInt(code -> demo.catalog().findItem(code).orElseThrow().materials().size()).sum();
        assertThat(names.size()).isLessThan(asked);
    }

    @Test
    void a_material_only_one_deferring_item_needs_stays_deferrable_and_gets_the_deferral_section() {
        // 企业设立登记 is the one member that defers its 住所 proof (餐饮店's food permit no longer may: issue 10)
        PageXml page = page("BUNDLE-QIYEKAIBAN");

        assertThat(page.text(mergedRow("住所（经营场所）使用证明") + "/td[@data-label='可容缺']")).isEqualTo("✓ 可容缺，受理后1个工作日内补交");
        assertThat(page.text("//section[h2='四、容缺受理']/p")).contains("《住所（经营场所）使用证明》")
                .contains("以各事项承诺办结时限中最短者为准");
        assertThat(page("BUNDLE-CHUSHENG").texts("//section/h2")).doesNotContain("四、容缺受理")
                .contains("四、咨询与监督");
    }

    @Test
    void differing_phone_numbers_are_given_per_item_each_as_a_tel_link() {
        PageXml page = page("BUNDLE-CANYIN");
        String consult = "//dl/div[dt='咨询电话']/dd";

        assertThat(page.all(consult + "/a")).hasSize(3);
        assertThat(page.all(consult + "/a")).allSatisfy(a -> assertThat(a.getAttribute("href"))
                .isEqualTo("tel:" + a.getTextContent()).matches("tel:0771-\\d{7}"));
        assertThat(page.text(consult)).startsWith("个体工商户登记：0771-").contains("\n城镇污水排入排水管网许可：0771-");
        assertThat(page.text("//dl/div[dt='监督投诉电话']/dd")).isEqualTo("12345");
        assertThat(page.all("//dl/div[dt='监督投诉电话']/dd/a[@href='tel:12345']")).hasSize(1);
    }

    @Test
    void the_footer_dates_the_bundle_by_its_latest_member_change() {
        ServiceBundle bundle = demo.bundle("BUNDLE-MEIRONG");
        List<VersionedItem> members = demo.members(bundle);
        VersionedItem later = new VersionedItem(members.get(0).item(), 5, DemoGuides.EFFECTIVE.plusSeconds(86_400 * 40L),
                true, DemoGuides.EFFECTIVE, "admin");
        PageXml page = PageXml.parse(pages.bundle(DemoGuides.HALL, bundle, List.of(later, members.get(1))));

        assertThat(page.text("//footer/p")).isEqualTo("更新于 2025年4月10日");
    }

    @Test
    void a_bundle_whose_member_is_missing_is_not_rendered() {
        ServiceBundle bundle = demo.bundle("BUNDLE-MEIRONG");

        assertThatThrownBy(() -> pages.bundle(DemoGuides.HALL, bundle, demo.members(bundle).subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BUNDLE-MEIRONG");
    }
}
