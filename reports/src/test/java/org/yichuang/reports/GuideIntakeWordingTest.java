package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.RiskCategory;
import org.yichuang.core.catalog.ServiceItem;

/**
 * The printed 办事指南 says what the counter will do (issue 10 item 5): each deferrable material with by when it is
 * due, no 容缺 for an item whose risk category excludes it at this hall, and 告知承诺 with its post-check period.
 */
class GuideIntakeWordingTest {
    private static final Path OUT = Path.of("target", "guides");
    private static ReportService reports;

    @BeforeAll
    static void service() throws IOException {
        reports = new ReportService(ZoneId.of("Asia/Shanghai"));
        Files.createDirectories(OUT);
    }

    @Test
    void each_deferrable_material_prints_by_when_it_is_due_in_its_own_row() throws IOException {
        ServiceItem item = withSupplementDays(Guides.hygiene(), "公共场所卫生管理制度", 3);
        JasperPrint print = reports.fillItemGuide(item, Guides.context(Guides.URL));
        List<PrintBoxes.Box> boxes = PrintBoxes.of(print);

        assertThat(cellBeside(boxes, "公共场所卫生管理制度")).isEqualTo("✓ 可容缺，受理后3个工作日内补交");
        assertThat(cellBeside(boxes, "公共场所卫生检测或者评价报告")).isEqualTo("✓ 可容缺，承诺办结时限内补交");
        assertThat(boxes).filteredOn(b -> b.text() != null && b.text().startsWith("✓"))
                .hasSize((int) deferrableCount(item));
        // the widened 可容缺 column shows the whole sentence: nothing is cut off on paper
        assertThat(visibleTexts(print.getPages().get(0).getElements())).contains("✓ 可容缺，受理后3个工作日内补交",
                "✓ 可容缺，承诺办结时限内补交");
        String pdf = pdfText(print, "guide-supplement-days.pdf");
        assertThat(pdf).contains("可容缺，受理后3个工作日内补交", "《公共场所卫生管理制度》（受理后3个工作日内补交）",
                "补交期限最迟不超过承诺办结时限（5个工作日）");
    }

    @Test
    void a_risky_item_does_not_advertise_deferral_unless_the_hall_allows_risky_items_to_defer() throws IOException {
        ServiceItem risky = Guides.hygiene().withIntakeRules(RiskCategory.PERSONAL_HEALTH, false, null, null, false);

        JasperPrint closed = reports.fillItemGuide(risky, Guides.context(Guides.URL));
        String text = pdfText(closed, "guide-risky.pdf");
        assertThat(PrintBoxes.of(closed)).noneMatch(b -> b.text() != null && b.text().startsWith("✓"));
        assertThat(text).contains("本事项涉及人身健康，不适用容缺受理，请备齐全部必要材料后申请。")
                .doesNotContain("本事项实行容缺受理").doesNotContain("可容缺（见");

        GuideContext allowing = new GuideContext(Guides.HALL, Guides.URL, 3, LocalDate.of(2025, 3, 1), true);
        JasperPrint open = reports.fillItemGuide(risky, allowing);
        assertThat(PrintBoxes.of(open)).filteredOn(b -> b.text() != null && b.text().startsWith("✓"))
                .hasSize((int) deferrableCount(risky));
        assertThat(pdfText(open, "guide-risky-allowed.pdf")).contains("本事项实行容缺受理");
    }

    @Test
    void a_commitment_item_says_so_with_its_post_check_period_and_others_do_not() throws IOException {
        ServiceItem commitment = Guides.charged().withIntakeRules(RiskCategory.NONE, true, 30, null, false);

        String text = pdfText(reports.fillItemGuide(commitment, Guides.context(Guides.urlOf(commitment))),
                "guide-commitment.pdf");

        assertThat(text).containsSubsequence("七、容缺受理", "八、告知承诺", "九、办理结果", "十、咨询与监督");
        assertThat(text).contains("本事项实行告知承诺制", "实施机关自作出决定之日起30个工作日内对承诺内容进行核查",
                "告知承诺：当场作出决定，作出决定后30个工作日内核查承诺内容");
        assertThat(pdfText(reports.fillItemGuide(Guides.charged(), Guides.context(Guides.urlOf(Guides.charged()))),
                "guide-no-commitment.pdf")).doesNotContain("告知承诺");
        // a risk category excludes 告知承诺 whatever the stored flag says (国办发〔2020〕42号)
        ServiceItem risky = Guides.charged().withIntakeRules(RiskCategory.LIFE_AND_PROPERTY, true, 30, null, false);
        assertThat(pdfText(reports.fillItemGuide(risky, Guides.context(Guides.urlOf(risky))), "guide-risky-commitment.pdf"))
                .doesNotContain("告知承诺");
    }

    /** The visible text of every text element, table cells (frames) included; text that did not fit is cut here. */
    private static List<String> visibleTexts(List<JRPrintElement> elements) {
        List<String> out = new ArrayList<>();
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                out.addAll(visibleTexts(frame.getElements()));
            } else if (e instanceof JRPrintText text && text.getFullText() != null) {
                Integer cut = text.getTextTruncateIndex();
                out.add(cut == null ? text.getFullText() : text.getFullText().substring(0, cut));
            }
        }
        return out;
    }

    /** The text of the cell in the material's row right of the 必要性 column: the 可容缺 cell. */
    private static String cellBeside(List<PrintBoxes.Box> boxes, String material) {
        PrintBoxes.Box name = boxes.stream().filter(b -> material.equals(b.text())).findFirst().orElseThrow();
        return boxes.stream().filter(b -> b.sameRowAs(name) && b.text() != null && b.text().startsWith("✓"))
                .map(PrintBoxes.Box::text).findFirst().orElse("");
    }

    private static ServiceItem withSupplementDays(ServiceItem item, String material, int days) {
        return item.withMaterials(item.materials().stream()
                .map(m -> m.name().equals(material) ? m.withSupplementDays(days) : m).toList());
    }

    /** The exported PDF's text without the whitespace pdftotext puts between CJK glyphs. */
    private static String pdfText(JasperPrint print, String name) throws IOException {
        Path pdf = OUT.resolve(name);
        Files.write(pdf, reports.toPdf(print));
        return Poppler.flowText(pdf).replaceAll("\\s+", "");
    }

    private static long deferrableCount(ServiceItem item) {
        return item.materials().stream().filter(MaterialRequirement::deferrable).count();
    }
}
