package org.yichuang.reports.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.Poppler;
import org.yichuang.reports.ReportService;

/**
 * Renders every document kind on every paper it supports (issue 10 items 8 and 10) and reads the PDFs back with
 * poppler: title, case and document numbers, the RULES.md §3.2 required fields per kind, the wording rule (予以受理
 * only when accepted), masking, fonts embedded, barcode and QR code.
 */
class NoticeRenderingTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Path OUT = Path.of("target", "notices");

    private static NoticeRenderer renderer;
    private static final Map<NoticeKind, Map<Paper, Path>> PDFS = new EnumMap<>(NoticeKind.class);
    private static final Map<NoticeKind, Map<Paper, String>> TEXTS = new EnumMap<>(NoticeKind.class);

    @BeforeAll
    static void render_every_kind_on_every_paper() throws IOException {
        Poppler.requireInstalled();
        if (Files.isDirectory(OUT)) {
            try (var old = Files.list(OUT)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(OUT);
        renderer = new NoticeRenderer(BEIJING);
        for (NoticeKind kind : NoticeKind.values()) {
            for (Paper paper : kind.papers()) {
                Path pdf = OUT.resolve(kind.name().toLowerCase() + "-" + paper.name().toLowerCase() + ".pdf");
                Files.write(pdf, renderer.pdf(Notices.data(kind), paper, false));
                PDFS.computeIfAbsent(kind, k -> new EnumMap<>(Paper.class)).put(paper, pdf);
                TEXTS.computeIfAbsent(kind, k -> new EnumMap<>(Paper.class)).put(paper, flat(pdf));
            }
        }
    }

    /** The text without any whitespace: a long value wrapped on the 80 mm slip is still found whole. */
    private static String flat(Path pdf) {
        return Poppler.flowText(pdf).replaceAll("\\s+", "");
    }

    private static void forEachRendering(java.util.function.BiConsumer<NoticeKind, Paper> check) {
        TEXTS.forEach((kind, byPaper) -> byPaper.keySet().forEach(paper -> check.accept(kind, paper)));
    }

    @Test
    void every_kind_prints_its_title_case_number_document_number_hall_and_phones_on_each_paper() {
        assertThat(TEXTS).hasSize(NoticeKind.values().length);
        forEachRendering((kind, paper) -> assertThat(TEXTS.get(kind).get(paper)).as(kind + " " + paper)
                .contains(kind.title(), Notices.CASE_NO, Notices.documentNumber(kind), Notices.SEAL_OWNER,
                        Notices.CONSULTING, Notices.SUPERVISION, "2026年12月7日", "食品经营许可（新办）"));
    }

    @Test
    void the_short_notices_have_an_80mm_slip() {
        for (NoticeKind kind : List.of(NoticeKind.MATERIAL_RECEIPT, NoticeKind.ACCEPTANCE,
                NoticeKind.DEFERRED_ACCEPTANCE, NoticeKind.SUPPLEMENT_NOTICE, NoticeKind.SUPPLEMENT_COMPLETE)) {
            assertThat(PDFS.get(kind)).as(kind.name()).containsKeys(Paper.A4, Paper.RECEIPT_80MM);
        }
    }

    @Test
    void nothing_says_accepted_unless_the_case_was_accepted() {
        forEachRendering((kind, paper) -> {
            String text = TEXTS.get(kind).get(paper);
            if (kind.accepts()) {
                assertThat(text).as(kind + " " + paper).containsPattern("予以(容缺)?受理|已容缺受理");
            } else {
                assertThat(text).as(kind + " " + paper).doesNotContain("予以受理").doesNotContain("决定受理");
            }
        });
    }

    @Test
    void each_kind_carries_its_required_fields() {
        Map<NoticeKind, List<String>> required = new EnumMap<>(NoticeKind.class);
        List<String> outstanding = List.of("与食品经营相适应的主要设备设施布局、操作流程等文件", "平面图未标注比例",
                "食品安全管理制度");
        List<String> remedies = List.of("六十日内向" + Notices.RECONSIDERATION + "申请行政复议",
                "六个月内向" + Notices.COURT + "提起行政诉讼");
        required.put(NoticeKind.MATERIAL_RECEIPT, List.of("收件时间", "2026年12月7日09:30", "申请人身份证明",
                "食品经营许可申请书", "已收取", "未提交", "不符合要求", "纸质", "共享获取", "不表示申请已被受理"));
        required.put(NoticeKind.ACCEPTANCE, List.of("受理时间", "2026年12月7日09:52", "承诺办结时限", "10个工作日",
                "法定办结时限", "20个工作日", "预计办结日", "2027年1月5日", "查询密码", "583920", "领取方式", "窗口自取",
                "受理机关", "投诉监督电话", "第三十二条第一款第（五）项"));
        required.put(NoticeKind.DEFERRED_ACCEPTANCE, concat(outstanding, List.of("受理时间", "补齐期限",
                "2026年12月14日", "逾期未补齐的，视为撤回", "容缺受理承诺书", "承诺办结时限")));
        required.put(NoticeKind.DEFERRAL_PLEDGE, concat(outstanding, List.of("2026年12月14日", "逾期未补齐的，视为撤回",
                "后果由本人（单位）承担", "承诺人（签字或盖章）")));
        required.put(NoticeKind.SUPPLEMENT_NOTICE, concat(outstanding, List.of("一次性告知", "补正期限",
                "2026年12月14日", "逾期未补正的，视为撤回申请", "第三十二条第一款第（四）项", "送达")));
        required.put(NoticeKind.NOT_REQUIRED, concat(remedies, List.of(Notices.reason(NoticeKind.NOT_REQUIRED),
                Notices.basis(NoticeKind.NOT_REQUIRED), "不需要取得行政许可", "第（一）项")));
        required.put(NoticeKind.NOT_COMPETENT, concat(remedies, List.of(Notices.reason(NoticeKind.NOT_COMPETENT),
                Notices.basis(NoticeKind.NOT_COMPETENT), "向" + Notices.COMPETENT + "提出申请", "决定不予受理",
                "第（二）项")));
        required.put(NoticeKind.APPROVAL_ON_SPOT, List.of("决定时间", "2026年12月7日10:05", "准予许可", "第三十四条",
                "领取方式"));
        required.put(NoticeKind.REFUSAL_ON_SPOT, concat(remedies, List.of(Notices.reason(NoticeKind.REFUSAL_ON_SPOT),
                "不予许可", "第三十八条第二款")));
        required.put(NoticeKind.COMMITMENT_PLEDGE, List.of(Notices.basis(NoticeKind.COMMITMENT_PLEDGE), "证明义务",
                "核查", "2027年3月8日", "不实承诺的责任", "撤销行政决定", "承诺人（签字或盖章）"));
        required.put(NoticeKind.COMMITMENT_DECISION, List.of("决定时间", "核查期限", "2027年3月8日", "准予许可",
                "告知承诺书"));
        required.put(NoticeKind.SUPPLEMENT_COMPLETE, List.of("容缺的申请材料已全部补齐", "补齐时间", "预计办结日",
                "2027年1月5日"));
        for (NoticeKind failure : List.of(NoticeKind.WITHDRAWAL, NoticeKind.ACCEPTANCE_REVOCATION,
                NoticeKind.TERMINATION)) {
            required.put(failure, concat(concat(remedies, outstanding), List.of("补齐期限", "2026年12月14日",
                    Notices.reason(failure))));
        }
        required.put(NoticeKind.WITHDRAWAL, concat(required.get(NoticeKind.WITHDRAWAL), List.of("视为撤回")));
        required.put(NoticeKind.ACCEPTANCE_REVOCATION,
                concat(required.get(NoticeKind.ACCEPTANCE_REVOCATION), List.of("撤销对该申请的受理")));
        required.put(NoticeKind.TERMINATION, concat(required.get(NoticeKind.TERMINATION), List.of("终止办理")));

        assertThat(required).hasSize(NoticeKind.values().length);
        required.forEach((kind, fields) -> assertThat(TEXTS.get(kind).get(Paper.A4)).as(kind.name())
                .contains(fields.stream().map(f -> f.replaceAll("\\s+", "")).toList()));
    }

    @Test
    void the_80mm_slip_keeps_what_the_applicant_needs_at_once() {
        assertThat(TEXTS.get(NoticeKind.ACCEPTANCE).get(Paper.RECEIPT_80MM)).contains("予以受理", "583920",
                "2027年1月5日", "10个工作日");
        assertThat(TEXTS.get(NoticeKind.SUPPLEMENT_NOTICE).get(Paper.RECEIPT_80MM)).contains("食品安全管理制度",
                "平面图未标注比例", "2026年12月14日");
        assertThat(TEXTS.get(NoticeKind.MATERIAL_RECEIPT).get(Paper.RECEIPT_80MM)).contains("申请人身份证明：已收取",
                "食品安全管理制度：未提交");
    }

    @Test
    void the_applicant_is_named_exactly_and_document_numbers_are_masked_on_every_paper() {
        forEachRendering((kind, paper) -> assertThat(TEXTS.get(kind).get(paper)).as(kind + " " + paper)
                .doesNotContain(Notices.FULL_ID).doesNotContain("450103198803150021").doesNotContain("13800138000"));
        assertThat(TEXTS.get(NoticeKind.ACCEPTANCE).get(Paper.A4)).contains(Notices.NAME, Notices.MASKED_ID,
                "4501**********0021", "138****8000", "李娜");
        assertThat(TEXTS.get(NoticeKind.ACCEPTANCE).get(Paper.RECEIPT_80MM)).contains(Notices.NAME,
                Notices.MASKED_ID);
    }

    @Test
    void an_organisations_notice_prints_its_representatives_own_document_masked_on_each_paper() throws IOException {
        NoticeData person = Notices.data(NoticeKind.ACCEPTANCE);
        NoticeData.Applicant company = new NoticeData.Applicant("南宁示范科技有限公司", "统一社会信用代码",
                "91450100MA5K12347C", true, "李四", null, null, null, null, null, "港澳居民来往内地通行证", "H12345678");
        NoticeData data = new NoticeData(person.kind(), person.hall(), person.caseNo(), person.documentNumber(),
                company, person.item(), person.receivedAt(), person.materials(), person.outstanding(),
                person.outcome(), person.dates(), person.queryPassword(), person.collectionMethod(),
                person.statusUrl(), person.issuedAt(), person.clerk());
        for (Paper paper : NoticeKind.ACCEPTANCE.papers()) {
            Path pdf = OUT.resolve("acceptance-organisation-" + paper.name().toLowerCase() + ".pdf");
            Files.write(pdf, renderer.pdf(data, paper, false));
            // labels whole on each paper (the slip's label column is narrow)
            assertThat(flat(pdf)).as(paper.name()).contains("南宁示范科技有限公司", "91450100MA5K12347C", "李四",
                    paper == Paper.A4 ? "统一社会信用代码" : "信用代码：", paper == Paper.A4 ? "法定代表人证件" : "代表人证件：",
                    "港澳居民来往内地通行证H123*5678").doesNotContain("H12345678");
        }
        // without the document nothing is printed for it (older cases)
        assertThat(TEXTS.get(NoticeKind.ACCEPTANCE).get(Paper.A4)).doesNotContain("法定代表人证件");
    }

    @Test
    void every_font_is_embedded_and_the_rare_character_comes_from_hanaminb() {
        PDFS.forEach((kind, byPaper) -> byPaper.forEach((paper, pdf) -> {
            List<String> fonts = Poppler.fontRows(pdf);
            assertThat(fonts).as(kind + " " + paper).isNotEmpty()
                    .allSatisfy(row -> assertThat(row).matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))
                    .anySatisfy(row -> assertThat(row).contains("NotoSansSC-Regular").contains("Identity-H"))
                    .anySatisfy(row -> assertThat(row).contains("HanaMinB"));
        }));
    }

    @Test
    void a_copy_says_so_and_an_original_does_not() throws IOException {
        Path copy = OUT.resolve("acceptance-a4-copy.pdf");
        Files.write(copy, renderer.pdf(Notices.data(NoticeKind.ACCEPTANCE), Paper.A4, true));
        Path slip = OUT.resolve("acceptance-80mm-copy.pdf");
        Files.write(slip, renderer.pdf(Notices.data(NoticeKind.ACCEPTANCE), Paper.RECEIPT_80MM, true));

        assertThat(flat(copy)).contains("副本");
        assertThat(flat(slip)).contains("副本");
        forEachRendering((kind, paper) -> assertThat(TEXTS.get(kind).get(paper)).doesNotContain("副本"));
    }

    @Test
    void a_promise_prints_one_page_for_the_applicant_and_one_for_the_hall() {
        for (NoticeKind kind : List.of(NoticeKind.DEFERRAL_PLEDGE, NoticeKind.COMMITMENT_PLEDGE)) {
            Path pdf = PDFS.get(kind).get(Paper.A4);
            assertThat(pages(pdf)).as(kind.name()).isEqualTo(2);
            assertThat(Poppler.run("pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-")).contains("申请人留存");
            assertThat(Poppler.run("pdftotext", "-f", "2", "-l", "2", pdf.toString(), "-")).contains("窗口留存")
                    .contains(kind.title());
        }
        forEachRendering((kind, paper) -> {
            if (kind.counterparts() == 1) {
                assertThat(pages(PDFS.get(kind).get(paper))).as(kind + " " + paper).isEqualTo(1);
            }
        });
    }

    @Test
    void the_slip_is_80mm_wide_and_as_tall_as_its_content() {
        for (NoticeKind kind : NoticeKind.values()) {
            if (!kind.papers().contains(Paper.RECEIPT_80MM)) {
                continue;
            }
            double[] size = pageSize(PDFS.get(kind).get(Paper.RECEIPT_80MM));
            assertThat(size[0]).as(kind.name()).isEqualTo(227.0);
            assertThat(size[1]).as(kind.name()).isBetween(300.0, 841.0);
        }
        double[] a4 = pageSize(PDFS.get(NoticeKind.ACCEPTANCE).get(Paper.A4));
        assertThat(a4).containsExactly(595.0, 842.0);
    }

    @Test
    void the_barcode_decodes_to_the_case_number_and_the_qr_code_to_the_status_page() throws NotFoundException {
        ReportService pages = new ReportService(BEIJING);
        for (Paper paper : Paper.values()) {
            JasperPrint print = renderer.fill(Notices.data(NoticeKind.ACCEPTANCE), paper, false);
            BufferedImage page = pages.pageImage(print, 0, 4f);
            assertThat(decode(page, BarcodeFormat.CODE_128)).as(paper.name()).isEqualTo(Notices.CASE_NO);
            assertThat(decode(page, BarcodeFormat.QR_CODE)).as(paper.name()).isEqualTo(Notices.STATUS_URL);
        }
    }

    @Test
    void the_codes_decode_from_the_pdf_as_a_printer_would_rasterise_it() throws NotFoundException, IOException {
        for (Paper paper : Paper.values()) {
            Path pdf = PDFS.get(NoticeKind.ACCEPTANCE).get(paper);
            String prefix = OUT.resolve("scan-" + paper.name().toLowerCase()).toString();
            // 300 dpi: a laser printer's resolution, and above a thermal head's 203
            Poppler.run("pdftoppm", "-r", "300", "-png", "-singlefile", pdf.toString(), prefix);
            BufferedImage page = ImageIO.read(Path.of(prefix + ".png").toFile());
            assertThat(decode(page, BarcodeFormat.CODE_128)).as(paper.name()).isEqualTo(Notices.CASE_NO);
            assertThat(decode(page, BarcodeFormat.QR_CODE)).as(paper.name()).isEqualTo(Notices.STATUS_URL);
        }
    }

    @Test
    void a_kind_is_refused_on_a_paper_it_is_not_made_for() {
        assertThatThrownBy(() -> renderer.pdf(Notices.data(NoticeKind.NOT_COMPETENT), Paper.RECEIPT_80MM, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_document_an_outcome_issues_renders() {
        for (IntakeOutcome outcome : IntakeOutcome.values()) {
            for (NoticeKind kind : NoticeKind.issuedOn(outcome)) {
                assertThat(PDFS.get(kind)).as(outcome + " " + kind).containsKey(Paper.A4);
            }
        }
    }

    @Test
    void pages_render_to_png_for_a_person_to_look_at() {
        List<String> made = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (Map.Entry<Paper, Path> e : PDFS.get(kind).entrySet()) {
                String prefix = OUT.resolve(kind.name().toLowerCase() + "-" + e.getKey().name().toLowerCase())
                        .toString();
                Poppler.run("pdftoppm", "-r", "100", "-png", e.getValue().toString(), prefix);
                made.add(prefix + "-1.png");
            }
        }
        assertThat(made).allSatisfy(png -> assertThat(Path.of(png)).exists().isNotEmptyFile());
    }

    private static int pages(Path pdf) {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(Poppler.run("pdfinfo", pdf.toString()));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static double[] pageSize(Path pdf) {
        Matcher m = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(
                Poppler.run("pdfinfo", pdf.toString()));
        assertThat(m.find()).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    private static String decode(BufferedImage page, BarcodeFormat format) throws NotFoundException {
        return new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
