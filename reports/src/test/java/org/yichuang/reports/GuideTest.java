package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.ServiceItem;

class GuideTest {
    private static final Path OUT = Path.of("target", "guides");

    private static ReportService reports;
    private static JasperPrint hygiene;
    private static JasperPrint bundle;
    private static Path hygienePdf;
    private static Path chargedPdf;
    private static Path manyPdf;
    private static Path bundlePdf;

    @BeforeAll
    static void fillAndExportOnce() throws IOException {
        reports = new ReportService(ZoneId.of("Asia/Shanghai"));
        Files.createDirectories(OUT);
        hygiene = reports.fillItemGuide(Guides.hygiene(), Guides.context(Guides.URL));
        hygienePdf = write("guide-hygiene.pdf", hygiene);
        chargedPdf = write("guide-charged.pdf", reports.fillItemGuide(Guides.charged(),
                Guides.context(Guides.urlOf(Guides.charged()))));
        manyPdf = write("guide-many.pdf", reports.fillItemGuide(Guides.manyMaterials(),
                Guides.context(Guides.urlOf(Guides.manyMaterials()))));
        bundle = reports.fillBundleGuide(Guides.hotelBundle(), List.of(Guides.hotelLicence(), Guides.hygiene()),
                Guides.context(Guides.BUNDLE_URL));
        bundlePdf = write("guide-bundle.pdf", bundle);
    }

    @Test
    void the_item_guide_prints_every_section_of_a_real_guide_with_the_item_facts() {
        String text = text(hygienePdf);

        assertThat(text).contains("示范县政务服务中心", "办事指南", "公共场所卫生许可证核发", "实施编码", Guides.HYGIENE_CODE,
                "基本编码", "000104002000", "事项类型", "行政许可", "实施主体", "示范县卫生健康局", "设定依据",
                "《公共场所卫生管理条例》第八条", "服务对象", "企业法人、其他组织", "办理形式", "窗口办理", "办件类型", "承诺件",
                "到现场次数", "最多1次");
        assertThat(text).containsSubsequence("一、基本信息", "二、受理条件", "三、申请材料", "四、办理流程", "五、办理时限",
                "六、收费标准", "七、容缺受理", "八、办理结果", "九、咨询与监督");
        assertThat(text).contains("1.申请", "→2.受理", "→5.送达").contains("审批结果", "送达方式", "窗口领取、邮寄送达");
        assertThat(text).contains("咨询电话", "0777-5521234", "监督投诉电话", "12345", "办理时间", "周一至周五", "办理地点",
                "迎宾大道88号");
    }

    @Test
    void the_material_table_has_every_column_and_material_with_source_and_necessity() {
        String text = text(hygienePdf);

        assertThat(text).contains("序号", "材料名称", "原件/复印件", "纸张规格", "签章要求", "来源", "必要性", "可容缺");
        for (MaterialRequirement m : Guides.hygiene().materials()) {
            assertThat(text).contains(squeeze(m.name()));
        }
        assertThat(text).contains("申请人自备", "部门核发", "共享获取", "免提交", "原件1份", "复印件1份", "A4",
                "申请人签字并加盖公章", "必要", "情形：委托他人代为办理的", "情形：使用集中空调通风系统的");
    }

    @Test
    void exactly_the_deferrable_materials_carry_the_mark_in_their_own_row() {
        List<PrintBoxes.Box> boxes = PrintBoxes.of(hygiene);
        List<PrintBoxes.Box> marks = boxes.stream().filter(b -> b.text() != null && b.text().startsWith("✓ 可容缺"))
                .toList();

        for (MaterialRequirement m : Guides.hygiene().materials()) {
            PrintBoxes.Box name = boxes.stream().filter(b -> m.name().equals(b.text())).findFirst().orElseThrow();
            assertThat(marks.stream().anyMatch(name::sameRowAs)).as(m.name()).isEqualTo(m.deferrable());
        }
        assertThat(marks).hasSize((int) Guides.hygiene().materials().stream().filter(MaterialRequirement::deferrable)
                .count());
        assertThat(Poppler.flowText(hygienePdf)).contains("✓");
    }

    @Test
    void the_deferral_section_names_the_materials_the_written_promise_and_the_deadline() {
        String text = text(hygienePdf);

        assertThat(text).contains("本事项实行容缺受理", "《容缺受理承诺书》", "《公共场所卫生检测或者评价报告》",
                "《公共场所卫生管理制度》", "补交期限最迟不超过承诺办结时限（5个工作日）", "视为撤回申请或撤销受理");
        assertThat(text(chargedPdf)).contains("本事项不适用容缺受理");
    }

    @Test
    void the_limits_have_units_and_the_site_survey_says_it_does_not_count() {
        String text = text(hygienePdf);

        assertThat(text).contains("法定办结时限", "20个工作日", "承诺办结时限", "5个工作日", "特别程序",
                "现场勘验：所需时间不计入办结时限");
    }

    @Test
    void a_free_item_says_so_and_a_charged_item_prints_the_amount_in_yuan_with_its_basis() {
        assertThat(text(hygienePdf)).contains("是否收费", "不收费").doesNotContain("收费依据");

        String charged = text(chargedPdf);
        assertThat(charged).contains("是否收费", "收费", "收费标准", "80.00元", "收费依据", "发改价格规〔2016〕2559号");
        assertThat(charged).contains("30个工作日").contains("特别程序无").contains(Guides.urlOf(Guides.charged()));
    }

    @Test
    void the_url_and_the_edition_are_printed_and_pages_are_counted() {
        String text = text(hygienePdf);
        int pages = hygiene.getPages().size();

        assertThat(text).contains(Guides.URL, "扫码查看网上指南", "本指南更新于2025年3月1日（第3版）",
                "第1页共" + pages + "页");
    }

    @Test
    void a_long_material_list_continues_on_a_second_page_with_the_footer_on_each() {
        String page2 = squeeze(Poppler.run("pdftotext", "-enc", "UTF-8", "-f", "2", "-l", "2", manyPdf.toString(),
                "-"));

        assertThat(squeeze(Poppler.run("pdfinfo", manyPdf.toString()))).containsPattern("Pages:[2-9]");
        assertThat(page2).contains(squeeze(Guides.lastMaterialOf(Guides.manyMaterials())), "第2页",
                "本指南更新于2025年3月1日（第3版）");
        assertThat(text(manyPdf)).contains("专家评审：所需时间不计入办结时限");
    }

    @Test
    void every_font_in_every_guide_is_embedded_including_noto_sans_sc() {
        for (Path pdf : List.of(hygienePdf, chargedPdf, manyPdf, bundlePdf)) {
            List<String> fonts = Poppler.fontRows(pdf);

            assertThat(fonts).as(pdf.toString()).isNotEmpty()
                    .allSatisfy(row -> assertThat(row).matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
            assertThat(fonts).as(pdf.toString()).anySatisfy(row -> assertThat(row).contains("NotoSansSC-Regular"));
            assertThat(fonts).as(pdf.toString()).anySatisfy(row -> assertThat(row).contains("NotoSansSC-Bold"));
        }
    }

    @Test
    void the_qr_code_on_the_printed_page_decodes_to_the_public_url() throws IOException, NotFoundException {
        assertThat(decodeQr(hygienePdf, "hygiene")).isEqualTo(Guides.URL);
        assertThat(decodeQr(bundlePdf, "bundle")).isEqualTo(Guides.BUNDLE_URL);
    }

    @Test
    void the_bundle_guide_lists_members_with_departments_and_promised_limits() {
        String text = text(bundlePdf);

        assertThat(text).contains("“一件事”办事指南", "开办旅馆“一件事”", "一件事说明", "并联审批", "包含事项",
                "公共场所卫生许可证核发", "示范县卫生健康局", "旅馆业特种行业许可证核发", "示范县公安局", "5个工作日",
                "10个工作日", "申请材料（一表申报）", "适用事项");
        // the public reads names; the code stays only in the web address under the QR code
        assertThat(text.replace(Guides.BUNDLE_URL, "")).doesNotContain(Guides.hotelBundle().code());
    }

    @Test
    void the_bundle_guide_asks_for_a_shared_material_once_and_names_both_items_it_serves() {
        List<PrintBoxes.Box> boxes = PrintBoxes.of(bundle);

        for (String shared : List.of("营业执照", "法定代表人或负责人身份证明")) {
            List<PrintBoxes.Box> rows = boxes.stream().filter(b -> shared.equals(b.text())).toList();
            assertThat(rows).as(shared).hasSize(1);
            assertThat(boxes).filteredOn(b -> b.sameRowAs(rows.get(0)) && b.text() != null)
                    .anySatisfy(b -> assertThat(b.text()).contains("公共场所卫生许可证核发", "旅馆业特种行业许可证核发"));
        }
        assertThat(text(bundlePdf)).contains("旅馆业特种行业许可证申请登记表", "公共场所卫生许可申请表");
    }

    @Test
    void the_bundle_guide_marks_a_material_deferrable_only_when_every_item_allows_it() {
        List<PrintBoxes.Box> boxes = PrintBoxes.of(bundle);
        // the hotel licence does not allow 容缺受理, but the hygiene-only materials keep their marks
        PrintBoxes.Box report = boxes.stream().filter(b -> "公共场所卫生管理制度".equals(b.text())).findFirst().orElseThrow();

        assertThat(boxes).filteredOn(b -> b.text() != null && b.text().startsWith("✓ 可容缺"))
                .anySatisfy(b -> assertThat(b.sameRowAs(report)).isTrue());
    }

    @Test
    void a_bundle_without_one_of_its_items_is_refused() {
        assertThatThrownBy(() -> reports.fillBundleGuide(Guides.hotelBundle(), List.of(Guides.hygiene()),
                Guides.context(Guides.BUNDLE_URL))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Guides.HOTEL_CODE);
    }

    @Test
    void a_guide_context_needs_a_url_and_a_positive_edition() {
        assertThatThrownBy(() -> new GuideContext(Guides.HALL, " ", 1, LocalDate.of(2025, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GuideContext(Guides.HALL, Guides.URL, 0, LocalDate.of(2025, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void page_one_of_each_guide_renders_to_png_for_a_person_to_look_at() {
        for (String name : List.of("guide-hygiene", "guide-charged", "guide-many", "guide-bundle")) {
            Poppler.run("pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "2", OUT.resolve(name + ".pdf").toString(),
                    OUT.resolve(name).toString());
            assertThat(OUT.resolve(name + "-1.png")).exists().isNotEmptyFile();
        }
    }

    private static String decodeQr(Path pdf, String name) throws IOException, NotFoundException {
        Poppler.run("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", pdf.toString(),
                OUT.resolve("qr-" + name).toString());
        var page = ImageIO.read(OUT.resolve("qr-" + name + "-1.png").toFile());
        Result decoded = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                        DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertThat(decoded.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
        return decoded.getText();
    }

    private static Path write(String name, JasperPrint print) throws IOException {
        Path pdf = OUT.resolve(name);
        Files.write(pdf, reports.toPdf(print));
        return pdf;
    }

    /** The PDF's text in reading order without whitespace, which pdftotext inserts between CJK glyphs. */
    private static String text(Path pdf) {
        return squeeze(Poppler.flowText(pdf));
    }

    /** pdftotext spaces CJK text by layout; compare without whitespace. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
