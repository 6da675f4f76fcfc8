package org.yichuang.reports.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.Poppler;

/**
 * One notice for a whole 一件事 application (issue 10 item 7): the parent's number in the header, a table of the member
 * items with their department, own case number and due days, the bundle's own promised limit; wording per outcome.
 */
class BundleNoticeRenderingTest {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Path OUT = Path.of("target", "bundle-notices");
    static final String PARENT = "YJS202612070003";
    static final List<String> ITEMS = List.of("企业设立登记", "公章刻制备案", "申领发票");
    static final List<String> CASES = List.of("11450103MB1234567X4000101001000" + "20261207" + "0007",
            "11450103MB1234568X4000202002000" + "20261207" + "0002",
            "11450103MB1234569X4000303003000" + "20261207" + "0011");

    private static NoticeRenderer renderer;

    @BeforeAll
    static void prepare() throws IOException {
        Poppler.requireInstalled();
        Files.createDirectories(OUT);
        renderer = new NoticeRenderer(BEIJING);
    }

    static NoticeData bundle(NoticeKind kind) {
        NoticeData single = Notices.data(kind);
        List<String> departments = List.of("青秀区市场监督管理局", "南宁市公安局青秀分局", "国家税务总局南宁市青秀区税务局");
        List<NoticeData.Member> members = new java.util.ArrayList<>();
        for (int k = 0; k < ITEMS.size(); k++) {
            members.add(new NoticeData.Member(k + 1, ITEMS.get(k), departments.get(k), CASES.get(k),
                    k == 1 ? CaseKind.IMMEDIATE : CaseKind.PROMISED, TimeLimit.workingDays(3 + k), new TimeLimit(4, org.yichuang.core.catalog.LimitUnit.HOURS), LocalDate.of(2026, 12, 10 + k),
                    LocalDate.of(2026, 12, 7), k == 2 ? "窗口领取" : null));
        }
        NoticeData.Bundle bundle = new NoticeData.Bundle("QYKB", "企业开办一件事", "并联办理", new TimeLimit(4, org.yichuang.core.catalog.LimitUnit.HOURS),
                LocalDate.of(2026, 12, 7), members);
        return new NoticeData(kind, single.hall(), PARENT, single.documentNumber(), single.applicant(),
                new NoticeData.Item(null, "企业开办一件事", String.join("、", departments), CaseKind.PROMISED, null,
                        new TimeLimit(4, org.yichuang.core.catalog.LimitUnit.HOURS)),
                single.receivedAt(), single.materials(), single.outstanding(), single.outcome(), single.dates(),
                single.queryPassword(), "邮寄送达", single.statusUrl(), single.issuedAt(), single.clerk(), bundle);
    }

    private static String render(NoticeKind kind, Paper paper, boolean copy) throws IOException {
        Path pdf = OUT.resolve(kind.name().toLowerCase() + "-" + paper.name().toLowerCase() + (copy ? "-copy" : "")
                + ".pdf");
        Files.write(pdf, renderer.pdf(bundle(kind), paper, copy));
        return Poppler.flowText(pdf).replaceAll("\\s+", "");
    }

    @Test
    void the_acceptance_names_the_application_and_every_member_with_its_own_case_number() throws IOException {
        String text = render(NoticeKind.ACCEPTANCE, Paper.A4, false);

        assertThat(text).contains("受理通知书", PARENT, "企业开办一件事", "办理事项清单（共3项）", "4小时（一件事承诺）",
                "南宁市公安局青秀分局", "予以受理");
        assertThat(ITEMS).allSatisfy(item -> assertThat(text).contains(item));
        assertThat(CASES).allSatisfy(caseNo -> assertThat(text).contains(caseNo));
        // each member's own statutory limit and day; the bundle's promise on every member
        assertThat(text).contains("3个工作日", "2026年12月10日", "5个工作日", "2026年12月12日", "领取方式：窗口领取");
        // the 即办件 member promises 当场办结; its statutory limit stays the law's
        assertThat(text).contains("当场办结", "4个工作日");
        // a bundle notice names no single item's code or kind
        assertThat(text).doesNotContain("实施编码").doesNotContain("事项名称食品经营许可");
    }

    @Test
    void a_supplement_notice_for_the_application_does_not_say_accepted() throws IOException {
        String text = render(NoticeKind.SUPPLEMENT_NOTICE, Paper.A4, false);

        assertThat(text).contains("一次性告知书", PARENT).doesNotContain("予以受理").doesNotContain("决定受理");
        assertThat(CASES).allSatisfy(caseNo -> assertThat(text).contains(caseNo));
    }

    @Test
    void the_material_receipt_and_the_deferred_acceptance_carry_the_members_too() throws IOException {
        for (NoticeKind kind : List.of(NoticeKind.MATERIAL_RECEIPT, NoticeKind.DEFERRED_ACCEPTANCE)) {
            String text = render(kind, Paper.A4, false);
            assertThat(text).as(kind.name()).contains(kind.title(), PARENT);
            assertThat(ITEMS).allSatisfy(item -> assertThat(text).as(kind.name()).contains(item));
        }
        assertThat(render(NoticeKind.MATERIAL_RECEIPT, Paper.A4, false)).doesNotContain("予以受理");
    }

    @Test
    void the_80mm_slip_lists_every_member_case_number() throws IOException {
        String text = render(NoticeKind.ACCEPTANCE, Paper.RECEIPT_80MM, false);

        assertThat(text).contains("受理通知书", PARENT);
        assertThat(CASES).allSatisfy(caseNo -> assertThat(text).contains(caseNo));
    }

    @Test
    void the_80mm_slip_prints_each_member_case_number_whole_on_its_own_line_under_its_item() throws IOException {
        render(NoticeKind.ACCEPTANCE, Paper.RECEIPT_80MM, false);
        String prefix = OUT.resolve("acceptance-receipt_80mm").toString();
        List<String> lines = Poppler.text(Path.of(prefix + ".pdf")).lines().map(String::strip).toList();

        int after = 0;
        for (int k = 0; k < ITEMS.size(); k++) {
            String item = (k + 1) + ". " + ITEMS.get(k);
            int itemLine = -1;
            for (int i = after; i < lines.size() && itemLine < 0; i++) {
                itemLine = lines.get(i).startsWith(item) ? i : -1;
            }
            // a number broken over two lines (as 72 mm wrapped it at 8.5 pt) is not found whole on any line
            int caseLine = lines.indexOf(CASES.get(k));
            assertThat(itemLine).as(item + " in " + lines).isNotNegative();
            assertThat(caseLine).as(CASES.get(k) + " alone on a line of " + lines).isGreaterThan(itemLine);
            assertThat(lines.get(caseLine - 1)).as("the line before " + CASES.get(k)).endsWith("办件编号：");
            after = caseLine;
        }
        // for a person to look at (docs/screenshots/notice-bundle-acceptance-80mm.png)
        Poppler.run("pdftoppm", "-r", "150", "-png", prefix + ".pdf", prefix);
        assertThat(Path.of(prefix + "-1.png")).exists().isNotEmptyFile();
    }

    @Test
    void a_reprint_is_marked_as_a_copy() throws IOException {
        assertThat(render(NoticeKind.ACCEPTANCE, Paper.A4, true)).contains("副本");
        assertThat(render(NoticeKind.ACCEPTANCE, Paper.A4, false)).doesNotContain("副本");
    }

    @Test
    void the_bundle_notice_renders_to_png_for_a_person_to_look_at() throws IOException {
        render(NoticeKind.ACCEPTANCE, Paper.A4, false);
        String prefix = OUT.resolve("acceptance-a4").toString();
        Poppler.run("pdftoppm", "-r", "100", "-png", prefix + ".pdf", prefix);
        assertThat(Path.of(prefix + "-1.png")).exists().isNotEmptyFile();
    }
}
