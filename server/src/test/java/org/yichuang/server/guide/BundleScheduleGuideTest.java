package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.server.guide.PageXml.cls;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.ServiceBundle;

/** The public bundle page says how the members run and the bundle's own limit (the "2、5、6" rule). */
class BundleScheduleGuideTest {
    private static DemoGuides demo;
    private static final GuidePages pages = new GuidePages(DemoGuides::zone);

    @BeforeAll
    static void readCatalog() {
        demo = DemoGuides.load();
    }

    private static String schedule(String bundleCode) {
        ServiceBundle bundle = demo.bundle(bundleCode);
        return PageXml.parse(pages.bundle(DemoGuides.HALL, bundle, demo.members(bundle)))
                .text("//p[" + cls("schedule") + "]");
    }

    @Test
    void the_half_day_bundle_says_it_runs_in_order_within_half_a_working_day() {
        assertThat(schedule("BUNDLE-QIYEKAIBAN")).startsWith("串联办理").contains("一件事承诺时限为0.5个工作日");
        assertThat(schedule("BUNDLE-BUDONGCHAN")).contains("一件事承诺时限为5个工作日");
    }

    @Test
    void a_bundle_without_its_own_limit_says_each_member_keeps_its_own() {
        assertThat(schedule("BUNDLE-CANYIN")).startsWith("并联办理").contains("各事项按其承诺办结时限办结")
                .doesNotContain("一件事承诺时限");
    }
}
