package org.yichuang.server.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.Channel;
import org.yichuang.core.catalog.Contacts;
import org.yichuang.core.catalog.DeliveryOption;
import org.yichuang.core.catalog.Fee;
import org.yichuang.core.catalog.ItemType;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceObject;
import org.yichuang.core.catalog.TimeLimit;

/**
 * Catalogue text full of markup (an administrator's paste, a hostile import) stays text on every page: it appears
 * literally, no element comes from it and every {@code <} in a page opens one of the page's own tags.
 */
class HostileTextTest {
    private static final String EVIL = "<script>alert(\"x\")</script> & <b onclick='y'>";
    private static final Set<String> OWN_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header",
            "main", "footer", "section", "h1", "h2", "p", "a", "span", "strong", "ul", "ol", "li", "dl", "div", "dt",
            "dd", "table", "thead", "tbody", "tr", "th", "td", "input", "script");
    private static final Pattern TAG = Pattern.compile("<(!DOCTYPE html>|/?([a-z0-9]+)[\\s/>])");

    private final GuidePages pages = new GuidePages(DemoGuides::zone);
    private final HallInfo hall = new HallInfo("示范县" + EVIL, "https://zwfw.example.gov.cn");

    private static ServiceItem evilItem(String code) {
        MaterialRequirement material = new MaterialRequirement("证明" + EVIL, MaterialKind.OTHER, 1, 1, "A4" + EVIL,
                "签字" + EVIL, MaterialSource.APPLICANT, false, "情形" + EVIL, true, "样表" + EVIL, "备注" + EVIL);
        return new ServiceItem("000104002000", code, "事项" + EVIL, ItemType.LICENSING, "部门" + EVIL,
                "11450128MB1602185R", "依据" + EVIL, TimeLimit.workingDays(20), TimeLimit.workingDays(5),
                CaseKind.PROMISED, "条件" + EVIL, List.of("受理" + EVIL, "决定"), Fee.of(8000, "收费依据" + EVIL),
                Set.of(ServiceObject.NATURAL_PERSON), Set.of(Channel.COUNTER), 1, List.of(), "结果" + EVIL,
                Set.of(DeliveryOption.MAIL), true,
                new Contacts("0771-6231201\"><script>x</script>", "12345" + EVIL, "时间" + EVIL, "地点" + EVIL),
                List.of(material));
    }

    private static VersionedItem version(ServiceItem item) {
        return new VersionedItem(item, 1, Instant.parse("2025-06-01T00:00:00Z"), true, Instant.EPOCH, "admin");
    }

    private List<String> everyPage() {
        VersionedItem one = version(evilItem("CODE\"<1>"));
        VersionedItem two = version(evilItem("CODE-2"));
        ServiceBundle bundle = new ServiceBundle("BUNDLE-" + EVIL, "一件事" + EVIL, "说明" + EVIL,
                List.of("CODE\"<1>", "CODE-2"));
        return List.of(pages.item(hall, one), pages.bundle(hall, bundle, List.of(one, two)),
                pages.index(hall, List.of(one, two), List.of(bundle)), pages.notFound(hall));
    }

    @Test
    void markup_in_catalogue_text_is_shown_as_text_on_every_page() {
        for (String html : everyPage()) {
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<b onclick")
                    .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onclick=&#39;y&#39;&gt;");
            PageXml page = PageXml.parse(html);
            assertThat(page.elementNames()).isSubsetOf(OWN_TAGS).doesNotContain("b");
            assertThat(page.text("/html/head/title")).endsWith("示范县" + EVIL);
        }
    }

    @Test
    void every_angle_bracket_in_a_page_opens_one_of_its_own_tags() {
        for (String html : everyPage()) {
            int brackets = html.length() - html.replace("<", "").length();
            Matcher m = TAG.matcher(html);
            int tags = 0;
            while (m.find()) {
                assertThat(m.group(2) == null || OWN_TAGS.contains(m.group(2))).as(m.group()).isTrue();
                tags++;
            }
            assertThat(tags).as("every < starts a known tag").isEqualTo(brackets);
        }
    }

    @Test
    void only_the_index_has_a_script_and_it_is_the_packaged_one() {
        List<String> all = everyPage();
        for (String html : List.of(all.get(0), all.get(1), all.get(3))) {
            assertThat(PageXml.parse(html).all("//script")).isEmpty();
        }
        assertThat(PageXml.parse(all.get(2)).text("//script")).isEqualTo(GuideAssets.load().searchScript());
    }

    @Test
    void every_value_reaches_the_item_page_literally() {
        PageXml page = PageXml.parse(everyPage().get(0));

        assertThat(page.text("//h1")).isEqualTo("事项" + EVIL);
        assertThat(page.text("//td[@class='name']/strong")).isEqualTo("证明" + EVIL);
        assertThat(page.text("//td[@data-label='必要性']")).isEqualTo("情形：情形" + EVIL);
        assertThat(page.text("//dl/div[dt='收费依据']/dd")).isEqualTo("收费依据" + EVIL);
        assertThat(page.text("//p[@class='code']")).isEqualTo("实施编码：CODE\"<1>");
    }

    @Test
    void links_carry_only_digits_or_encoded_codes() {
        List<String> all = everyPage();
        PageXml item = PageXml.parse(all.get(0));
        PageXml index = PageXml.parse(all.get(2));

        assertThat(item.all("//a[starts-with(@href, 'tel:')]")).extracting(a -> a.getAttribute("href"))
                .containsExactly("tel:0771-6231201", "tel:12345");
        assertThat(index.all("//li/a")).extracting(a -> a.getAttribute("href")).containsExactly(
                "/guide/bundles/BUNDLE-%3Cscript%3Ealert%28%22x%22%29%3C%2Fscript%3E%20%26%20%3Cb%20onclick%3D%27y%27%3E",
                "/guide/items/CODE%22%3C1%3E", "/guide/items/CODE-2");
    }
}
