package org.yichuang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yichuang.reports.fonts.BundledFonts;

/**
 * Names with characters beyond the BMP (生僻字, CJK Extensions B–F): Noto Sans SC lacks them, the bundled fallback
 * HanaMinB has them, and the receipt prints them exactly, with HanaMinB embedded for just those characters.
 */
class RareCharacterTest {
    /** U+20000, the first CJK Extension B character, as a surrogate pair. */
    private static final String EXT_B = new String(Character.toChars(0x20000));
    /** U+30000, the first CJK Extension G character (Unicode 13): beyond GB 18030-2022 and beyond both fonts. */
    private static final String EXT_G = new String(Character.toChars(0x30000));
    private static final Path OUT = Path.of("target", "receipts");

    private final ReportService reports = new ReportService(ZoneId.of("Asia/Shanghai"));
    private final Font regular = BundledFonts.createAwtFont(BundledFonts.regular());
    private final Font fallback = BundledFonts.createAwtFont(BundledFonts.fallback());
    private final GlyphCoverage coverage = new GlyphCoverage(List.of(regular, fallback));

    @Test
    void noto_sans_sc_has_no_extension_b_glyphs_and_the_fallback_has_them() {
        assertThat(regular.canDisplayUpTo(EXT_B + "三")).isZero();
        assertThat(regular.canDisplayUpTo(new String(Character.toChars(0x20BB7)))).isZero();   // 𠮷
        assertThat(regular.canDisplayUpTo("张三 欧阳·娜娜 䶮")).isEqualTo(-1);
        assertThat(fallback.getFamily()).isEqualTo(BundledFonts.FALLBACK_AWT_FAMILY);
        assertThat(fallback.canDisplayUpTo(EXT_B + new String(Character.toChars(0x20BB7)))).isEqualTo(-1);
    }

    /** The first and last ideograph of each extension GB 18030-2022 level 3 adds (Unicode 3.1 to 10.0). */
    @ParameterizedTest(name = "Extension {0}: U+{1}–U+{2}")
    @CsvSource({"B, 20000, 2A6D6", "C, 2A700, 2B734", "D, 2B740, 2B81D", "E, 2B820, 2CEA1", "F, 2CEB0, 2EBE0"})
    void the_fallback_covers_each_extension_to_its_last_character(String extension, String first, String last) {
        int from = Integer.parseInt(first, 16);
        int to = Integer.parseInt(last, 16);
        long missing = java.util.stream.IntStream.rangeClosed(from, to).filter(cp -> !fallback.canDisplay(cp)).count();

        assertThat(missing).as("code points of Extension %s without a glyph", extension).isZero();
    }

    /**
     * GB 18030 also encodes the CJK compatibility ideographs (U+F900–FAD9, U+2F800–2FA1D). Neither font draws most of
     * them, but all except twelve are canonical variants that NFC turns into unified ideographs the fonts have, and
     * those twelve (﨎, 﨑, …) are in Noto Sans SC. Guards that reasoning, which the bundled pair relies on.
     */
    @Test
    void every_compatibility_ideograph_is_covered_or_normalises_to_a_covered_ideograph() {
        long uncovered = java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0xF900, 0xFAD9),
                        java.util.stream.IntStream.rangeClosed(0x2F800, 0x2FA1D))
                .filter(Character::isDefined)
                .mapToObj(cp -> java.text.Normalizer.normalize(new String(Character.toChars(cp)),
                        java.text.Normalizer.Form.NFC))
                .filter(nfc -> !coverage.canDisplay(nfc))
                .count();

        assertThat(uncovered).isZero();
    }

    @Test
    void text_the_fonts_cover_is_kept_as_it_is() {
        assertThat(coverage.printable("欧阳·娜娜")).isEqualTo("欧阳·娜娜");
        assertThat(coverage.printable(EXT_B + "三")).isEqualTo(EXT_B + "三");
    }

    @Test
    void each_missing_code_point_becomes_one_placeholder_not_one_per_surrogate() {
        assertThat(coverage.printable(EXT_G + "三")).isEqualTo("〓三");
    }

    /**
     * One name per extension, each a rare character between common ones, through fill and PDF export: pdftotext
     * gives the exact name back (so the PDF's ToUnicode maps are right), pdffonts shows HanaMinB embedded as CID
     * TrueType next to Noto Sans SC, and no placeholder or note is printed.
     */
    @ParameterizedTest(name = "Extension {0}: 张{1}华")
    @CsvSource({"B, 𠀀", "B, 𠮷", "C, 𪜀", "D, 𫝀", "E, 𫠠", "F, 𬺰"})
    void a_name_with_an_extension_character_prints_exactly_with_the_fallback_embedded(String extension,
            String rare) throws IOException {
        String name = "张" + rare + "华";
        Path pdf = OUT.resolve("receipt-ext-" + extension + "-" + Integer.toHexString(rare.codePointAt(0)) + ".pdf");
        Files.createDirectories(OUT);

        Files.write(pdf, reports.toPdf(reports.fillReceipt(Receipts.promised(name))));

        String text = Poppler.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("申请人" + name).doesNotContain("〓", "生僻字");
        List<String> fonts = Poppler.fontRows(pdf);
        assertThat(fonts).anySatisfy(row -> assertThat(row).contains("HanaMinB").contains("CID TrueType")
                .contains("Identity-H").matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$"));
        assertThat(fonts).anySatisfy(row -> assertThat(row).contains("NotoSansSC-Regular"));
    }

    @Test
    void a_name_with_all_five_extensions_renders_to_a_page_a_person_can_look_at() throws IOException {
        String name = "𠀀𪜀𫝀𫠠𬺰";
        Path pdf = OUT.resolve("receipt-ext-b-to-f.pdf");
        Files.createDirectories(OUT);
        Files.write(pdf, reports.toPdf(reports.fillReceipt(Receipts.promised(name))));

        assertThat(Poppler.text(pdf).replaceAll("\\s+", "")).contains("申请人" + name);
        Poppler.run("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", pdf.toString(),
                OUT.resolve("receipt-ext-b-to-f").toString());
        assertThat(OUT.resolve("receipt-ext-b-to-f-1.png")).exists().isNotEmptyFile();
    }

    @Test
    void a_receipt_for_an_ordinary_name_does_not_embed_the_fallback() throws IOException {
        Path pdf = OUT.resolve("receipt-ordinary.pdf");
        Files.createDirectories(OUT);

        Files.write(pdf, reports.toPdf(reports.fillReceipt(Receipts.promised())));

        assertThat(Poppler.text(pdf)).doesNotContain("生僻字", "〓");
        assertThat(Poppler.fontRows(pdf)).noneSatisfy(row -> assertThat(row).contains("HanaMinB"));
    }

    @Test
    void a_receipt_for_a_name_beyond_both_fonts_still_renders_and_marks_the_gap_for_handwritten_correction()
            throws IOException {
        Path pdf = OUT.resolve("receipt-ext-g.pdf");
        Files.createDirectories(pdf.getParent());

        Files.write(pdf, reports.toPdf(reports.fillReceipt(Receipts.promised(EXT_G + "三"))));

        String text = Poppler.text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("〓三", "生僻字", "手写补正", Receipts.CASE_NO);
    }
}
