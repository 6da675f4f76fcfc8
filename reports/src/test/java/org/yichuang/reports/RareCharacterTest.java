package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.yichuang.reports.fonts.BundledFonts;

/** Names with characters beyond the BMP (生僻字, CJK Extension B) against the bundled Noto Sans SC. */
class RareCharacterTest {
    /** U+20000, the first CJK Extension B character, as a surrogate pair. */
    private static final String EXT_B = new String(Character.toChars(0x20000));

    private final Font regular = BundledFonts.createAwtFont(BundledFonts.regular());
    private final GlyphCoverage coverage = new GlyphCoverage(regular);

    @Test
    void the_bundled_noto_sans_sc_has_no_extension_b_glyphs_but_covers_common_names() {
        assertThat(regular.canDisplayUpTo(EXT_B + "三")).isZero();
        assertThat(regular.canDisplayUpTo(new String(Character.toChars(0x20BB7)))).isZero();   // 𠮷
        assertThat(regular.canDisplayUpTo("张三 欧阳·娜娜 䶮")).isEqualTo(-1);
    }

    @Test
    void text_the_font_covers_is_kept_as_it_is() {
        assertThat(coverage.printable("欧阳·娜娜")).isEqualTo("欧阳·娜娜");
    }

    @Test
    void each_missing_code_point_becomes_one_placeholder_not_one_per_surrogate() {
        assertThat(coverage.printable(EXT_B + "三")).isEqualTo("〓三");
    }

    @Test
    void a_receipt_for_a_name_the_font_lacks_still_renders_and_marks_the_gap_for_handwritten_correction()
            throws IOException {
        ReportService reports = new ReportService(ZoneId.of("Asia/Shanghai"));
        Path pdf = Path.of("target", "receipts", "receipt-ext-b.pdf");
        Files.createDirectories(pdf.getParent());

        Files.write(pdf, reports.toPdf(reports.fillReceipt(Receipts.promised(EXT_B + "三"))));

        String text = Poppler.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("〓三", "生僻字", "手写补正", Receipts.CASE_NO);
    }

    @Test
    void a_receipt_for_an_ordinary_name_carries_no_rare_character_note() throws IOException {
        ReportService reports = new ReportService(ZoneId.of("Asia/Shanghai"));
        Path pdf = Path.of("target", "receipts", "receipt-ordinary.pdf");
        Files.createDirectories(pdf.getParent());

        Files.write(pdf, reports.toPdf(reports.fillReceipt(Receipts.promised())));

        assertThat(Poppler.text(pdf)).doesNotContain("生僻字", "〓");
    }
}
