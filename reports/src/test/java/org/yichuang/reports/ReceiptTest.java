package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.reports.fonts.BundledFonts;

class ReceiptTest {
    private static final Path OUT = Path.of("target", "receipts");

    private static ReportService reports;
    private static JasperPrint promised;
    private static Path promisedPdf;

    @BeforeAll
    static void fillAndExportOnce() throws IOException {
        reports = new ReportService(ZoneId.of("Asia/Shanghai"));
        promised = reports.fillReceipt(Receipts.promised());
        Files.createDirectories(OUT);
        promisedPdf = OUT.resolve("receipt-promised.pdf");
        Files.write(promisedPdf, reports.toPdf(promised));
    }

    @Test
    void the_receipt_is_one_a4_page() {
        assertThat(promised.getPages()).hasSize(1);
        assertThat(promised.getPageWidth()).isEqualTo(595);
        assertThat(promised.getPageHeight()).isEqualTo(842);
    }

    @Test
    void the_pdf_shows_the_chinese_labels_the_case_number_the_item_and_the_masked_id_but_never_the_full_id() {
        String text = squeeze(Poppler.text(promisedPdf));

        assertThat(text).contains("受理回执", "南宁市青秀区政务服务中心", "办件编号", "事项名称", "实施编码", "实施部门",
                "办件类型", "承诺时限", "申请人", "证件号码", "收件时间", "受理窗口", "经办人", "申请人（签字）");
        assertThat(text).contains(Receipts.CASE_NO, Receipts.ITEM_CODE, "食品经营许可（新办）", "青秀区市场监督管理局");
        assertThat(text).contains("承诺件", "20个工作日", "张三", "1101**********002X", "2025年3月5日09:30",
                "3号窗口（综合受理窗口）", "李娜", "办理进度查询");
        assertThat(text).doesNotContain(Receipts.FULL_ID, "105194912");
    }

    @Test
    void an_immediate_case_is_marked_as_decided_on_the_spot() throws IOException {
        Path pdf = OUT.resolve("receipt-immediate.pdf");
        Files.write(pdf, reports.toPdf(reports.fillReceipt(Receipts.immediate())));

        String text = squeeze(Poppler.text(pdf));

        assertThat(text).contains("即办件", "当场办结", "欧阳·娜娜").doesNotContain("承诺件");
    }

    @Test
    void a_long_item_name_and_department_are_printed_whole_on_the_one_page() throws IOException {
        String item = "建设工程消防验收备案（其他建设工程，含装饰装修、改建、扩建及用途变更等情形的备案抽查）";
        String department = "南宁市青秀区住房和城乡建设局（行政审批科）";
        var r = Receipts.promised();
        var long_ = new org.yichuang.core.api.CaseReceipt(r.caseNo(), r.itemCode(), item, department, r.caseKind(),
                r.promisedLimit(), r.applicantName(), r.applicantIdNumberMasked(), r.receivedAt(), r.counterNo(),
                r.counterName(), r.hallName(), r.staffName());
        Path pdf = OUT.resolve("receipt-long.pdf");

        JasperPrint print = reports.fillReceipt(long_);
        Files.write(pdf, reports.toPdf(print));

        assertThat(print.getPages()).hasSize(1);
        assertThat(PrintText.lines(print)).contains(item, department);   // the visible text, not cut off
        assertThat(squeeze(Poppler.text(pdf))).contains("建设工程消防验收备案", "行政审批科");
    }

    @Test
    void every_font_in_the_pdf_is_embedded_and_the_cjk_font_is_noto_sans_sc_as_cid_truetype_identity_h() {
        List<String> fonts = Poppler.fontRows(promisedPdf);

        assertThat(fonts).isNotEmpty().allSatisfy(row -> assertThat(row).matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        assertThat(fonts).anySatisfy(row -> assertThat(row)
                .contains("NotoSansSC-Regular").contains("CID TrueType").contains("Identity-H"));
        assertThat(fonts).anySatisfy(row -> assertThat(row).contains("NotoSansSC-Bold"));
    }

    @Test
    void the_barcode_on_the_rendered_page_decodes_to_the_case_number() throws NotFoundException, IOException {
        BufferedImage page = reports.pageImage(promised, 0, 3f);
        ImageIO.write(page, "png", OUT.resolve("receipt-promised-preview.png").toFile());

        Result decoded = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128),
                        DecodeHintType.TRY_HARDER, Boolean.TRUE));

        assertThat(decoded.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
        assertThat(decoded.getText()).isEqualTo(Receipts.CASE_NO);
    }

    @Test
    void the_preview_image_has_the_page_size_times_the_zoom() {
        BufferedImage page = reports.pageImage(promised, 0, 1.5f);

        assertThat(page.getWidth()).isEqualTo(893);
        assertThat(page.getHeight()).isEqualTo(1263);
    }

    @Test
    void page_one_renders_to_png_with_pdftoppm_for_a_person_to_look_at() {
        Poppler.run("pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", promisedPdf.toString(),
                OUT.resolve("receipt-promised").toString());

        assertThat(OUT.resolve("receipt-promised-1.png")).exists().isNotEmptyFile();
    }

    @Test
    void the_bundled_font_resources_are_noto_sans_sc_with_its_licence() {
        assertThat(BundledFonts.createAwtFonts()).extracting(java.awt.Font::getFamily)
                .containsOnly(BundledFonts.AWT_FAMILY);
        assertThat(BundledFonts.license()).isNotNull();
        assertThat(BundledFonts.REPORT_FAMILY).isEqualTo("Yichuang Sans");
    }

    /** pdftotext spaces CJK text by layout; compare without whitespace. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
