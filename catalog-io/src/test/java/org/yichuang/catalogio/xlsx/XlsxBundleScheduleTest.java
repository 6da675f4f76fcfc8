package org.yichuang.catalogio.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.DemoCatalog;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.ProblemAssert;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.TimeLimit;

/** The run mode and own limit of a bundle (一件事) in the workbook and in JSON. */
class XlsxBundleScheduleTest {
    private final CatalogFiles files = new CatalogFiles();
    private final CatalogDocument demo = DemoCatalog.load();

    private int row(String code) {
        List<ServiceBundle> bundles = demo.bundles();
        for (int i = 0; i < bundles.size(); i++) {
            if (bundles.get(i).code().equals(code)) {
                return i + 2;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void the_demo_bundles_follow_the_256_rule() {
        ServiceBundle kaiban = demo.bundles().stream().filter(b -> b.code().equals("BUNDLE-QIYEKAIBAN")).findFirst()
                .orElseThrow();
        assertThat(kaiban.promisedLimit()).isEqualTo(new TimeLimit(4, LimitUnit.HOURS));
        assertThat(kaiban.runMode()).isEqualTo(BundleRunMode.SEQUENTIAL);
        ServiceBundle realEstate = demo.bundles().stream().filter(b -> b.code().equals("BUNDLE-BUDONGCHAN"))
                .findFirst().orElseThrow();
        assertThat(realEstate.promisedLimit()).isEqualTo(TimeLimit.workingDays(5));
    }

    @Test
    void mode_and_limit_are_written_in_words_and_read_back() {
        Workbooks wb = Workbooks.exportOf(demo);
        int r = row("BUNDLE-QIYEKAIBAN");
        assertThat(wb.text(BundleSheet.NAME, r, "办理方式")).isEqualTo("串联办理");
        assertThat(wb.text(BundleSheet.NAME, r, "一件事承诺时限单位")).isEqualTo("小时");
        assertThat(wb.text(BundleSheet.NAME, row("BUNDLE-CANYIN"), "一件事承诺时限")).isEmpty();
        for (CatalogFormat format : CatalogFormat.values()) {
            ParsedCatalog read = files.read(files.write(demo, format), format, Set.of());
            assertThat(read.problems()).as(() -> format + ProblemAssert.describe(read.problems())).isEmpty();
            assertThat(read.document().bundles()).isEqualTo(demo.bundles());
        }
    }

    @Test
    void a_blank_mode_reads_as_parallel_and_a_short_label_is_understood() {
        Workbooks wb = Workbooks.exportOf(demo);
        wb.set(BundleSheet.NAME, row("BUNDLE-QIYEKAIBAN"), "办理方式", "");
        wb.set(BundleSheet.NAME, row("BUNDLE-CANYIN"), "办理方式", "串联");
        ParsedCatalog read = files.read(wb.bytes(), CatalogFormat.XLSX, Set.of());
        assertThat(read.problems()).isEmpty();
        assertThat(read.document().bundles().get(row("BUNDLE-QIYEKAIBAN") - 2).runMode())
                .isEqualTo(BundleRunMode.PARALLEL);
        assertThat(read.document().bundles().get(row("BUNDLE-CANYIN") - 2).runMode())
                .isEqualTo(BundleRunMode.SEQUENTIAL);
    }

    @Test
    void a_bundle_limit_longer_than_a_members_statutory_limit_is_reported_at_its_cell() {
        Workbooks wb = Workbooks.exportOf(demo);
        int r = row("BUNDLE-QIYEKAIBAN");
        // 公章刻制备案 allows 1 working day by law
        wb.set(BundleSheet.NAME, r, "一件事承诺时限", 2);
        wb.set(BundleSheet.NAME, r, "一件事承诺时限单位", "工作日");
        ParsedCatalog read = files.read(wb.bytes(), CatalogFormat.XLSX, Set.of());
        String col = org.apache.poi.ss.util.CellReference.convertNumToColString(
                wb.column(BundleSheet.NAME, "一件事承诺时限"));
        assertThat(read.problems()).extracting(ProblemAssert::key)
                .containsOnly("一件事!" + col + r + " BUNDLE_LIMIT_EXCEEDS_STATUTORY");
        assertThat(read.problems()).anySatisfy(p -> assertThat(p.message()).contains("公章刻制备案", "1个工作日"));
        assertThat(read.ok()).isFalse();
    }

    @Test
    void a_limit_without_its_unit_is_reported() {
        Workbooks wb = Workbooks.exportOf(demo);
        int r = row("BUNDLE-CANYIN");
        wb.set(BundleSheet.NAME, r, "一件事承诺时限", 1);
        ParsedCatalog read = files.read(wb.bytes(), CatalogFormat.XLSX, Set.of());
        assertThat(read.problems()).extracting(ProblemAssert::key).hasSize(1).first().asString()
                .contains("CATALOG_FIELD_MISSING");
    }
}
