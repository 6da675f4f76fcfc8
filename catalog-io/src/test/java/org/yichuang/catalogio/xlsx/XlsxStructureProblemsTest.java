package org.yichuang.catalogio.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.DemoCatalog;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.ProblemAssert;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.error.Problem;

/** Missing sheets and columns, merged cells, sheets too long, and many problems in one file. */
class XlsxStructureProblemsTest {
    private final CatalogFiles files = new CatalogFiles();
    private final CatalogDocument demo = DemoCatalog.load();
    private Workbooks wb;

    @BeforeEach
    void exportDemo() {
        wb = Workbooks.exportOf(demo);
    }

    private ParsedCatalog read() {
        return files.read(wb.bytes(), CatalogFormat.XLSX, Set.of());
    }

    @Test
    void a_missing_required_sheet_is_reported_and_nothing_is_read() {
        wb.workbook().removeSheetAt(wb.workbook().getSheetIndex(MaterialSheet.NAME));

        ParsedCatalog read = read();

        assertThat(read.problems()).extracting(ProblemAssert::key)
                .containsExactly("申请材料!nullnull CATALOG_FIELD_MISSING");
        assertThat(read.problems().get(0).message()).contains("申请材料");
        assertThat(read.document()).isNull();
    }

    @Test
    void a_workbook_without_bundles_sheet_is_a_catalog_without_bundles() {
        wb.workbook().removeSheetAt(wb.workbook().getSheetIndex(BundleSheet.NAME));

        ParsedCatalog read = read();

        assertThat(read.problems()).isEmpty();
        assertThat(read.document().bundles()).isEmpty();
        assertThat(read.document().items()).isEqualTo(demo.items());
    }

    @Test
    void a_missing_required_column_is_reported_once_not_in_every_row() {
        wb.cell(ItemSheet.NAME, 1, "办件类型").setCellValue("办件类别");

        ParsedCatalog read = read();

        assertThat(read.problems()).extracting(ProblemAssert::key).containsExactly("事项!null1 CATALOG_FIELD_MISSING");
        assertThat(read.problems().get(0).field()).isEqualTo("办件类型");
        assertThat(read.document()).isNull();
    }

    @Test
    void a_column_given_twice_is_reported_at_the_second_header() {
        Cell extra = wb.sheet(ItemSheet.NAME).getRow(0).createCell(ItemSheet.COLUMNS.size());
        extra.setCellValue("事项名称");

        assertThat(read().problems()).extracting(ProblemAssert::key).containsExactly("事项!"
                + org.apache.poi.ss.util.CellReference.convertNumToColString(ItemSheet.COLUMNS.size())
                + "1 CATALOG_VALUE_INVALID");
    }

    @Test
    void merged_cells_in_the_data_area_are_refused_naming_the_range() {
        wb.cell(ItemSheet.NAME, 3, "事项名称").setBlank();
        wb.sheet(ItemSheet.NAME).addMergedRegion(CellRangeAddress.valueOf("C2:C3"));

        ParsedCatalog read = read();

        assertThat(read.problems()).extracting(ProblemAssert::key).containsExactly("事项!C2 CATALOG_VALUE_INVALID");
        assertThat(read.problems().get(0).message()).contains("C2:C3", "合并单元格");
    }

    @Test
    void a_title_merged_above_the_header_row_is_fine() {
        wb.sheet(ItemSheet.NAME).shiftRows(0, demo.items().size(), 1);
        wb.sheet(ItemSheet.NAME).createRow(0).createCell(0).setCellValue("示范县政务服务事项实施清单");
        wb.sheet(ItemSheet.NAME).addMergedRegion(CellRangeAddress.valueOf("A1:H1"));

        ParsedCatalog read = read();

        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems())).isEmpty();
        assertThat(read.document()).isEqualTo(demo);
    }

    @Test
    void a_sheet_longer_than_the_limit_is_refused_before_it_is_read() {
        ParsedCatalog read = new XlsxCatalogReader(20).read(wb.bytes(), Set.of());

        assertThat(read.problems()).hasSize(1);
        Problem p = read.problems().get(0);
        assertThat(p.sheet()).isEqualTo("事项");
        assertThat(p.code()).isEqualTo("CATALOG_VALUE_INVALID");
        assertThat(p.message()).contains("20 行");
        assertThat(read.document()).isNull();
    }

    @Test
    void every_problem_of_a_file_is_reported_together_in_sheet_order() {
        String unknown = "11450128MB1602185R4009999999000";
        wb.set(BundleSheet.NAME, 2, "包含事项实施编码", wb.text(BundleSheet.NAME, 2, "包含事项实施编码") + "\n" + unknown);
        wb.set(MaterialSheet.NAME, 2, "可容缺", "是");
        wb.set(ItemSheet.NAME, 6, "事项类型", "行政审批");
        wb.cell(ItemSheet.NAME, 5, "到现场次数").setCellFormula("1");
        wb.set(ItemSheet.NAME, 4, "承诺办结时限", 999);
        wb.set(ItemSheet.NAME, 3, "法定办结时限", "二十");
        wb.set(MaterialSheet.NAME, 4, "原件份数", "一");

        ParsedCatalog read = read();

        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems()))
                .extracting(ProblemAssert::key).containsExactly(
                        "事项!H3 CATALOG_VALUE_INVALID",
                        "事项!J4 LIMIT_PROMISED_EXCEEDS_STATUTORY",
                        "事项!T5 CATALOG_VALUE_INVALID",
                        "事项!D6 CATALOG_VALUE_INVALID",
                        "申请材料!L2 MATERIAL_NOT_DEFERRABLE",
                        "申请材料!E4 CATALOG_VALUE_INVALID",
                        "一件事!D2 BUNDLE_ITEM_UNKNOWN");
        assertThat(read.ok()).isFalse();
    }

    @Test
    void blank_rows_between_entries_are_skipped() {
        wb.sheet(MaterialSheet.NAME).shiftRows(5, wb.sheet(MaterialSheet.NAME).getLastRowNum(), 3);

        ParsedCatalog read = read();

        assertThat(read.problems()).isEmpty();
        assertThat(read.document()).isEqualTo(demo);
    }
}
