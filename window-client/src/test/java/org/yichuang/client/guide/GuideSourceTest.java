package org.yichuang.client.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.ItemChange;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.reports.GuideContext;
import org.yichuang.reports.ReportService;

class GuideSourceTest {
    /** 2026-03-01 00:30 in Beijing is still February in UTC: the guide must print the hall's date. */
    private static final Instant EARLY_MORNING_IN_BEIJING = Instant.parse("2026-02-28T16:30:00Z");
    private static final HallInfo HALL = new HallInfo("示范县政务服务中心", "https://zwfw.example.gov.cn");
    private static final ReportService REPORTS = new ReportService(ZoneId.of("Asia/Shanghai"));

    private final FakeHallApi api = new FakeHallApi(Clock.fixed(EARLY_MORNING_IN_BEIJING, ZoneOffset.UTC));

    private static ServiceItem demoItem(String name) {
        return FakeHallApi.DEMO.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static ServiceBundle demoBundle(String code) {
        return FakeHallApi.DEMO.bundles().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_edition_date_is_the_hall_date_of_the_version_in_force() {
        GuideContext context = GuideSource.context(HALL, HALL.itemGuideUrl("X"), 3, EARLY_MORNING_IN_BEIJING,
                ZoneId.of("Asia/Shanghai"));

        assertThat(context.lastChanged()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(context.version()).isEqualTo(3);
        assertThat(context.publicUrl()).isEqualTo("https://zwfw.example.gov.cn/guide/items/X");
    }

    @Test
    void a_hall_in_another_zone_dates_the_edition_by_its_own_day() {
        // 16:30 UTC is 22:30 in Urumqi: still 28 February there, while Beijing has turned to 1 March
        GuideContext context = GuideSource.context(HALL, HALL.itemGuideUrl("X"), 3, EARLY_MORNING_IN_BEIJING,
                ZoneId.of("Asia/Urumqi"));

        assertThat(context.lastChanged()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_bundle_changed_last_when_its_latest_item_did_and_takes_its_highest_edition() {
        ServiceBundle bundle = demoBundle("BUNDLE-MEIRONG");
        Instant older = Instant.parse("2025-06-01T02:00:00Z");
        List<VersionedItem> members = List.of(
                new VersionedItem(demoItem("个体工商户登记"), 4, older, true, older, "admin"),
                new VersionedItem(demoItem("公共场所卫生许可证核发"), 2, EARLY_MORNING_IN_BEIJING, true,
                        EARLY_MORNING_IN_BEIJING, "admin"));

        GuideContext context = GuideSource.bundleContext(HALL, bundle, members, ZoneId.of("Asia/Shanghai"));

        assertThat(context.version()).isEqualTo(4);
        assertThat(context.lastChanged()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(context.publicUrl()).isEqualTo("https://zwfw.example.gov.cn/guide/bundles/BUNDLE-MEIRONG");
    }

    @Test
    void the_item_guide_shows_the_version_in_force_with_its_edition_and_public_page() {
        api.signIn(new SignInRequest(FakeHallApi.ADMIN, FakeHallApi.ADMIN_PASSWORD, null));
        ServiceItem item = demoItem("公共场所卫生许可证核发");
        ServiceItem changed = new ServiceItem(item.baseCode(), item.implementationCode(), item.name(), item.itemType(),
                item.department(), item.departmentCreditCode(), item.legalBasis(), item.statutoryLimit(),
                item.promisedLimit(), item.caseKind(), "经营公共场所的单位（修订后的受理条件）", item.processSteps(),
                item.fee(), item.serviceObjects(), item.channels(), item.visits(), item.specialProcedures(),
                item.resultName(), item.deliveryOptions(), item.deferralAllowed(), item.contacts(), item.materials());
        api.saveItem(new ItemChange(changed, 1, null, true));

        JasperPrint guide = new GuideSource(api).itemGuide(REPORTS, item.implementationCode());

        String text = ReportText.of(guide);
        assertThat(text).contains("公共场所卫生许可证核发", FakeHallApi.HALL_NAME, "经营公共场所的单位（修订后的受理条件）",
                FakeHallApi.PUBLIC_URL + "/guide/items/" + item.implementationCode(), "2026年3月1日", "第2版");
        assertThat(guide.getName()).isEqualTo("办事指南-公共场所卫生许可证核发");
    }

    @Test
    void the_bundle_guide_lists_every_member_item_with_the_bundle_page() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));

        JasperPrint guide = new GuideSource(api).bundleGuide(REPORTS, demoBundle("BUNDLE-CANYIN"));

        assertThat(ReportText.of(guide)).contains("开办餐饮店", "个体工商户登记", "食品经营许可（新办）", "城镇污水排入排水管网许可",
                FakeHallApi.PUBLIC_URL + "/guide/bundles/BUNDLE-CANYIN", "第1版");
    }
}
