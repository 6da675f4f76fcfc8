package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.server.guide.PageXml.cls;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.RiskCategory;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;

/**
 * The guide page says what the counter will do (issue 10 item 5), in the printed guide's wording (core
 * GuideWording): each deferrable material with by when it is due, no 容缺 where a risk category excludes it at this
 * hall, and 告知承诺 with its post-check period.
 */
class GuideIntakeWordingPageTest {
    /** Defers 演出器材设备清单, to be handed in within 5 working days (demo catalog). */
    private static final String PERFORMANCE = "营业性演出许可（文艺表演团体设立）";
    /** Decided on the applicant's commitment, checked within 60 working days (demo catalog). */
    private static final String TEACHER = "教师资格认定";
    private static final HallInfo RISKY_MAY_DEFER = new HallInfo(DemoGuides.HALL.hallName(),
            DemoGuides.HALL.publicBaseUrl(), true);
    private static final GuidePages pages = new GuidePages(DemoGuides::zone);
    private static DemoGuides demo;

    @BeforeAll
    static void readCatalog() {
        demo = DemoGuides.load();
    }

    private static PageXml page(HallInfo hall, ServiceItem item) {
        return PageXml.parse(pages.item(hall, DemoGuides.version(item)));
    }

    private static String deferralCell(String material) {
        return "//table[" + cls("materials") + "]/tbody/tr[td[" + cls("name") + "]/strong='" + material
                + "']/td[@data-label='可容缺']";
    }

    @Test
    void a_deferrable_material_says_within_how_many_working_days_it_is_handed_in() {
        PageXml page = page(DemoGuides.HALL, demo.item(PERFORMANCE));

        assertThat(page.text(deferralCell("演出器材设备清单"))).isEqualTo("✓ 可容缺，受理后5个工作日内补交");
        assertThat(page.text("//section[h2='七、容缺受理']/p")).contains("《演出器材设备清单》（受理后5个工作日内补交）");
    }

    @Test
    void a_deferrable_material_without_its_own_period_is_due_within_the_promised_limit() {
        ServiceItem item = demo.item(PERFORMANCE);
        ServiceItem open = item.withMaterials(item.materials().stream()
                .map(m -> m.deferrable() ? m.withSupplementDays(null) : m).toList());

        PageXml page = page(DemoGuides.HALL, open);

        assertThat(page.text(deferralCell("演出器材设备清单"))).isEqualTo("✓ 可容缺，承诺办结时限内补交");
        assertThat(page.text("//section[h2='七、容缺受理']/p")).contains("《演出器材设备清单》（即上表")
                .contains("补交期限最迟不超过承诺办结时限（10个工作日）");
    }

    @Test
    void a_risky_item_advertises_no_deferral_unless_the_hall_allows_risky_items_to_defer() {
        ServiceItem risky = demo.item(PERFORMANCE).withIntakeRules(RiskCategory.PUBLIC_SAFETY, false, null, null,
                false);

        PageXml closed = page(DemoGuides.HALL, risky);
        assertThat(closed.all("//tr[" + cls("deferrable") + "]")).isEmpty();
        assertThat(closed.texts("//td[@data-label='可容缺']")).allMatch(String::isEmpty);
        assertThat(closed.text("//section[h2='三、申请材料']/p[" + cls("note") + "]")).doesNotContain("✓");
        assertThat(closed.text("//section[h2='七、容缺受理']/p"))
                .isEqualTo("本事项涉及公共安全，不适用容缺受理，请备齐全部必要材料后申请。");

        PageXml open = page(RISKY_MAY_DEFER, risky);
        assertThat(open.text(deferralCell("演出器材设备清单"))).isEqualTo("✓ 可容缺，受理后5个工作日内补交");
        assertThat(open.text("//section[h2='七、容缺受理']/p")).startsWith("本事项实行容缺受理。");
    }

    @Test
    void a_commitment_item_has_its_own_section_and_names_the_post_check_period() {
        PageXml page = page(DemoGuides.HALL, demo.item(TEACHER));

        assertThat(page.texts("//section/h2")).containsExactly("一、基本信息", "二、受理条件", "三、申请材料",
                "四、办理流程", "五、办理时限", "六、收费标准", "七、容缺受理", "八、告知承诺", "九、办理结果", "十、咨询与监督");
        assertThat(page.text("//section[h2='八、告知承诺']/p")).startsWith("本事项实行告知承诺制。")
                .contains("实施机关自作出决定之日起60个工作日内对承诺内容进行核查")
                .contains("申请人也可不选择告知承诺，按一般程序提交全部材料办理。");
        assertThat(page.text("//dl/div[dt='告知承诺']/dd")).isEqualTo("告知承诺：当场作出决定，作出决定后60个工作日内核查承诺内容");
    }

    @Test
    void only_items_that_offer_commitment_mention_it() {
        for (ServiceItem item : demo.catalog().items()) {
            List<String> headings = page(DemoGuides.HALL, item).texts("//section/h2");
            assertThat(headings.stream().anyMatch(h -> h.endsWith("告知承诺"))).as(item.name())
                    .isEqualTo(item.offersCommitment());
        }
        ServiceItem riskyTeacher = demo.item(TEACHER).withIntakeRules(RiskCategory.PERSONAL_HEALTH, true, 60, null,
                false);
        assertThat(page(DemoGuides.HALL, riskyTeacher).texts("//section/h2")).noneMatch(h -> h.contains("告知承诺"));
    }

    @Test
    void a_bundle_marks_no_material_of_a_member_whose_risk_category_excludes_deferral() {
        ServiceBundle bundle = demo.bundle("BUNDLE-QIYEKAIBAN");
        List<VersionedItem> members = demo.members(bundle).stream().map(v -> v.item().name().equals("企业设立登记")
                ? DemoGuides.version(v.item().withIntakeRules(RiskCategory.LIFE_AND_PROPERTY, false, null, null, false))
                : v).toList();
        String row = "//table[" + cls("materials") + "]/tbody/tr[td[" + cls("name") + "]/strong='住所（经营场所）使用证明']";

        PageXml closed = PageXml.parse(pages.bundle(DemoGuides.HALL, bundle, members));
        PageXml open = PageXml.parse(pages.bundle(RISKY_MAY_DEFER, bundle, members));

        assertThat(closed.text(row + "/td[@data-label='可容缺']")).isEmpty();
        assertThat(closed.texts("//section/h2")).noneMatch(h -> h.endsWith("容缺受理"));
        assertThat(open.text(row + "/td[@data-label='可容缺']")).isEqualTo("✓ 可容缺，受理后1个工作日内补交");
    }
}
