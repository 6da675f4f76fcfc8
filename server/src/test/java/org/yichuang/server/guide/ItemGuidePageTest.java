package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.server.guide.PageXml.cls;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.ServiceItem;

/** The item page carries what the printed 办事指南 carries, for real items of the demo catalog. */
class ItemGuidePageTest {
    private static final String HYGIENE = "公共场所卫生许可证核发";
    /** An item that still allows 容缺 (公共场所卫生 no longer may: 人身健康, issue 10). */
    private static final String PERFORMANCE = "营业性演出许可（文艺表演团体设立）";
    private static DemoGuides demo;
    private static final GuidePages pages = new GuidePages(DemoGuides::zone);

    @BeforeAll
    static void readCatalog() {
        demo = DemoGuides.load();
    }

    private static PageXml page(String itemName) {
        return PageXml.parse(pages.item(DemoGuides.HALL, DemoGuides.version(demo.item(itemName))));
    }

    /** The value of a fact (dt/dd pair) by its label. */
    private static String fact(PageXml page, String label) {
        return page.text("//dl/div[dt='" + label + "']/dd");
    }

    private static String materialRow(String name) {
        return "//table[" + cls("materials") + "]/tbody/tr[td[" + cls("name") + "]/strong='" + name + "']";
    }

    @Test
    void the_page_is_a_chinese_mobile_page_titled_with_the_item_and_the_hall() {
        String html = pages.item(DemoGuides.HALL, DemoGuides.version(demo.item(HYGIENE)));
        PageXml page = PageXml.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(page.all("/html[@lang='zh-CN']")).hasSize(1);
        assertThat(page.text("/html/head/title")).isEqualTo(HYGIENE + " - 办事指南 - 示范县政务服务中心");
        assertThat(page.all("//meta[@name='viewport' and contains(@content, 'width=device-width')]")).hasSize(1);
        assertThat(page.text("//h1")).isEqualTo(HYGIENE);
        assertThat(page.text("//header/a")).isEqualTo("示范县政务服务中心");
        assertThat(page.all("//link | //img | //script[@src]")).as("nothing fetched from elsewhere").isEmpty();
    }

    @Test
    void the_sections_follow_the_printed_guide_in_order() {
        assertThat(page(HYGIENE).texts("//section/h2")).containsExactly("一、基本信息", "二、受理条件", "三、申请材料",
                "四、办理流程", "五、办理时限", "六、收费标准", "七、容缺受理", "八、办理结果", "九、咨询与监督");
    }

    @Test
    void the_basic_facts_name_code_department_type_and_legal_basis() {
        PageXml page = page(HYGIENE);
        ServiceItem item = demo.item(HYGIENE);

        assertThat(fact(page, "实施编码")).isEqualTo("11450128MB1602185R4000104002000");
        assertThat(fact(page, "实施主体")).isEqualTo("示范县卫生健康局");
        assertThat(fact(page, "事项类型")).isEqualTo("行政许可");
        assertThat(fact(page, "设定依据")).isEqualTo(item.legalBasis());
        assertThat(fact(page, "办理形式")).isEqualTo("窗口办理、网上办理（电脑端）、移动端办理");
        assertThat(fact(page, "到现场次数")).isEqualTo("最多1次");
        assertThat(page.text("//section[h2='二、受理条件']/p")).isEqualTo(item.conditions());
        assertThat(page.texts("//ol[" + cls("steps") + "]/li")).containsExactlyElementsOf(item.processSteps());
    }

    @Test
    void only_the_deferrable_material_is_marked_and_the_deferral_section_names_it() {
        PageXml page = page(PERFORMANCE);

        assertThat(page.texts("//tr[" + cls("deferrable") + "]/td[" + cls("name") + "]/strong"))
                .containsExactly("演出器材设备清单");
        assertThat(page.text(materialRow("演出器材设备清单") + "/td[@data-label='可容缺']")).isEqualTo("✓ 可容缺，受理后5个工作日内补交");
        assertThat(page.text(materialRow("演员的艺术表演能力证明") + "/td[@data-label='可容缺']")).isEmpty();
        assertThat(page.text("//section[h2='七、容缺受理']/p")).startsWith("本事项实行容缺受理。")
                .contains("《演出器材设备清单》").contains("补交期限最迟不超过承诺办结时限（10个工作日）");
        // a risky item (人身健康) marks nothing and its section says 容缺 does not apply
        assertThat(page(HYGIENE).all("//tr[" + cls("deferrable") + "]")).isEmpty();
        assertThat(page(HYGIENE).text("//section[h2='七、容缺受理']/p")).isEqualTo("本事项不适用容缺受理，请备齐全部必要材料后申请。");
    }

    @Test
    void a_conditional_material_states_when_it_is_needed() {
        String row = materialRow("授权委托书及受托人身份证明");
        PageXml page = page(HYGIENE);

        assertThat(page.text(row + "/td[@data-label='必要性']")).isEqualTo("情形：委托他人办理的，提交授权委托书及受托人身份证明");
        assertThat(page.all(row + "[" + cls("conditional") + "]")).hasSize(1);
        assertThat(page.text(materialRow("申请人身份证明") + "/td[@data-label='必要性']")).isEqualTo("必要");
    }

    @Test
    void material_rows_show_copies_paper_seal_source_and_notes() {
        PageXml page = page(HYGIENE);
        String form = materialRow("公共场所卫生许可申请表");
        String licence = materialRow("营业执照");

        assertThat(page.texts("//table[" + cls("materials") + "]/tbody/tr")).hasSize(8);
        assertThat(page.text(form + "/td[@data-label='原件/复印件']")).isEqualTo("原件1份");
        assertThat(page.text(form + "/td[@data-label='纸张规格']")).isEqualTo("A4");
        assertThat(page.text(form + "/td[@data-label='签章要求']")).isEqualTo("申请人签字（单位申请的加盖公章）");
        assertThat(page.text(form + "/td[@data-label='来源']")).isEqualTo("申请人自备");
        assertThat(page.text(materialRow("申请人身份证明") + "/td[@data-label='原件/复印件']")).isEqualTo("原件1份\n复印件1份");
        assertThat(page.text(licence + "/td[@data-label='原件/复印件']")).isEqualTo("免提交");
        assertThat(page.text(licence + "/td[@data-label='纸张规格']")).isEqualTo("—");
        assertThat(page.text(licence + "/td[@data-label='来源']")).isEqualTo("共享获取");
        assertThat(page.text(licence + "/td[" + cls("name") + "]/span[" + cls("remark") + "]"))
                .isEqualTo("（通过市场主体登记信息共享获取，申请人无需提交）");
    }

    @Test
    void limits_and_special_procedures_say_whether_the_clock_stops() {
        PageXml hygiene = page(HYGIENE);
        PageXml school = page("民办学校设立（正式设立）");

        assertThat(fact(hygiene, "法定办结时限")).isEqualTo("20个工作日");
        assertThat(fact(hygiene, "承诺办结时限")).isEqualTo("5个工作日");
        assertThat(fact(hygiene, "特别程序")).isEqualTo("现场勘验：所需时间计入办结时限");
        assertThat(fact(school, "特别程序")).contains("专家评审：所需时间不计入办结时限");
        assertThat(fact(page("生育登记"), "特别程序")).isEqualTo("无");
    }

    @Test
    void a_charged_item_shows_the_amount_in_yuan_and_its_basis() {
        PageXml page = page("不动产转移登记");

        assertThat(fact(page, "是否收费")).isEqualTo("收费");
        assertThat(fact(page, "收费标准")).isEqualTo("80.00元");
        assertThat(fact(page, "收费依据")).contains("发改价格规〔2016〕2559号");
        assertThat(page.texts("//ul[" + cls("summary") + "]/li")).contains("80.00元");
        assertThat(fact(page(HYGIENE), "是否收费")).isEqualTo("不收费");
        assertThat(page(HYGIENE).all("//dt[.='收费标准']")).isEmpty();
    }

    @Test
    void an_immediate_item_is_promised_on_the_spot_and_takes_no_deferral() {
        ServiceItem immediate = demo.catalog().items().stream().filter(i -> i.caseKind() == CaseKind.IMMEDIATE)
                .findFirst().orElseThrow();
        PageXml page = page(immediate.name());

        assertThat(fact(page, "办件类型")).isEqualTo("即办件");
        assertThat(fact(page, "承诺办结时限")).isEqualTo("即办（当场办结）");
        assertThat(page.text("//section[h2='七、容缺受理']/p")).isEqualTo("本事项不适用容缺受理，请备齐全部必要材料后申请。");
        assertThat(page.all("//tr[" + cls("deferrable") + "]")).isEmpty();
    }

    @Test
    void phone_numbers_are_tel_links_and_place_and_hours_are_shown() {
        PageXml page = page(HYGIENE);

        assertThat(page.text("//dd/a[@href='tel:0771-6231201']")).isEqualTo("0771-6231201");
        assertThat(page.text("//dd/a[@href='tel:12345']")).isEqualTo("12345");
        assertThat(fact(page, "办理时间")).isEqualTo("周一至周五 上午9:00-12:00 下午13:00-17:00（法定节假日除外）");
        assertThat(fact(page, "办理地点")).isEqualTo("示范县政务服务中心一楼综合窗口");
        assertThat(fact(page, "审批结果")).isEqualTo("公共场所卫生许可证");
        assertThat(fact(page, "送达方式")).isEqualTo("窗口领取、邮寄送达");
    }

    @Test
    void a_number_inside_a_sentence_is_linked_and_the_words_stay_text() {
        Html html = new Html();
        Phones.write(html, "0771-6231201（工作日），夜间拨打12345");

        assertThat(html.toString()).isEqualTo("<a href=\"tel:0771-6231201\" class=\"tel\">0771-6231201</a>（工作日），"
                + "夜间拨打<a href=\"tel:12345\" class=\"tel\">12345</a>");
    }

    @Test
    void the_page_ends_with_the_version_and_its_beijing_date() {
        assertThat(page(HYGIENE).text("//footer/p")).isEqualTo("版本 3 · 更新于 2025年3月1日");
    }

    @Test
    void a_hall_in_another_zone_dates_the_version_by_its_own_day() {
        // 16:30 UTC on 28 February is 00:30 on 1 March in Beijing but still 22:30 on 28 February in Urumqi
        GuidePages urumqi = new GuidePages(() -> ZoneId.of("Asia/Urumqi"));

        PageXml page = PageXml.parse(urumqi.item(DemoGuides.HALL, DemoGuides.version(demo.item(HYGIENE))));

        assertThat(page.text("//footer/p")).isEqualTo("版本 3 · 更新于 2025年2月28日");
    }

    @Test
    void a_withdrawn_item_says_so_before_anything_else() {
        VersionedItem withdrawn = new VersionedItem(demo.item(HYGIENE), 4, DemoGuides.EFFECTIVE, false,
                DemoGuides.EFFECTIVE, "admin");
        PageXml page = PageXml.parse(pages.item(DemoGuides.HALL, withdrawn));

        assertThat(page.text("//main/p[" + cls("alert") + "]")).isEqualTo("本事项已于2025年3月1日停止办理，以下内容仅供查阅。");
        assertThat(page.text("//footer/p")).isEqualTo("版本 4 · 更新于 2025年3月1日");
        assertThat(page(HYGIENE).all("//p[" + cls("alert") + "]")).isEmpty();
    }

    @Test
    void a_material_flagged_deferrable_on_an_item_without_deferral_is_not_marked() {
        ServiceItem item = demo.item(HYGIENE);
        ServiceItem noDeferral = new ServiceItem(item.baseCode(), item.implementationCode(), item.name(),
                item.itemType(), item.department(), item.departmentCreditCode(), item.legalBasis(),
                item.statutoryLimit(), item.promisedLimit(), item.caseKind(), item.conditions(), item.processSteps(),
                item.fee(), item.serviceObjects(), item.channels(), item.visits(), item.specialProcedures(),
                item.resultName(), item.deliveryOptions(), false, item.contacts(), item.materials());
        PageXml page = PageXml.parse(pages.item(DemoGuides.HALL, DemoGuides.version(noDeferral)));

        assertThat(page.all("//tr[" + cls("deferrable") + "]")).isEmpty();
        assertThat(page.texts("//td[@data-label='可容缺']")).allMatch(String::isEmpty);
        assertThat(page.text("//section[h2='三、申请材料']/p[" + cls("note") + "]")).doesNotContain("✓");
        assertThat(page.text("//section[h2='七、容缺受理']/p")).isEqualTo("本事项不适用容缺受理，请备齐全部必要材料后申请。");
    }

    @Test
    void every_material_of_every_demo_item_appears_once_on_its_page() {
        for (ServiceItem item : demo.catalog().items()) {
            PageXml page = PageXml.parse(pages.item(DemoGuides.HALL, DemoGuides.version(item)));
            List<String> names = page.texts("//table[" + cls("materials") + "]/tbody/tr/td[" + cls("name") + "]/strong");
            assertThat(names).as(item.name())
                    .containsExactlyElementsOf(item.materials().stream().map(m -> m.name()).toList());
        }
    }
}
