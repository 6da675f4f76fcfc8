package org.yichuang.catalogio.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.DemoCatalog;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.ProblemAssert;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.SpecialProcedure;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.error.Problem;

/**
 * Bad cells of an otherwise valid 实施清单 (the demo catalog's export): each is reported at exactly its sheet, row
 * and column, with the right code, and nothing else is reported. Row 2 of 事项 is 公共场所卫生许可证核发 (20/5 working
 * days, 容缺 allowed); its materials start at row 2 of 申请材料.
 */
class XlsxCellProblemsTest {
    private static final String ITEMS = ItemSheet.NAME;
    private static final String MATERIALS = MaterialSheet.NAME;
    private static final String BUNDLES = BundleSheet.NAME;

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

    /** Asserts the file gives exactly these problems (as {@code sheet!A2 CODE}) and returns them. */
    private List<Problem> expectOnly(String... keys) {
        ParsedCatalog read = read();
        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems()))
                .extracting(ProblemAssert::key).containsExactly(keys);
        assertThat(read.ok()).isFalse();
        return read.problems();
    }

    @Test
    void text_in_a_number_cell_is_refused_at_its_cell() {
        wb.set(ITEMS, 2, "到现场次数", "两次");

        Problem p = expectOnly("事项!T2 CATALOG_VALUE_INVALID").get(0);

        assertThat(p.field()).isEqualTo("到现场次数");
        assertThat(p.message()).contains("两次");
    }

    @Test
    void short_names_are_split_at_the_enumeration_comma_and_a_repeated_one_is_refused_at_its_cell() {
        wb.set(ITEMS, 2, "简称", "卫生许可、 卫生证、");
        ParsedCatalog fine = read();
        assertThat(fine.problems()).as(() -> ProblemAssert.describe(fine.problems())).isEmpty();
        assertThat(fine.document().items().get(0).aliases()).containsExactly("卫生许可", "卫生证");

        wb.set(ITEMS, 2, "简称", "卫生证、卫生证");
        String column = org.apache.poi.ss.util.CellReference.convertNumToColString(wb.column(ITEMS, "简称"));
        Problem p = expectOnly("事项!" + column + "2 ITEM_ALIAS_INVALID").get(0);
        assertThat(p.field()).isEqualTo("简称");
        assertThat(p.message()).contains("卫生证", "重复");
    }

    @Test
    void days_written_in_chinese_numerals_are_refused_without_a_follow_up_about_the_limits() {
        wb.set(ITEMS, 2, "法定办结时限", "二十");

        assertThat(expectOnly("事项!H2 CATALOG_VALUE_INVALID").get(0).message()).contains("二十");
    }

    @Test
    void fractional_days_are_refused() {
        wb.set(ITEMS, 2, "承诺办结时限", 2.5);

        assertThat(expectOnly("事项!J2 CATALOG_VALUE_INVALID").get(0).message()).contains("2.5");
    }

    @Test
    void a_negative_count_of_originals_is_refused() {
        wb.set(MATERIALS, 2, "原件份数", -1);

        assertThat(expectOnly("申请材料!E2 CATALOG_VALUE_INVALID").get(0).message()).contains("负数");
    }

    @Test
    void an_unknown_item_type_is_refused_listing_the_types() {
        wb.set(ITEMS, 2, "事项类型", "行政审批");

        assertThat(expectOnly("事项!D2 CATALOG_VALUE_INVALID").get(0).message()).contains("行政审批", "行政许可", "公共服务");
    }

    @Test
    void an_unknown_label_in_a_list_cell_is_named() {
        wb.set(ITEMS, 2, "办理渠道", "窗口办理、飞鸽传书");

        assertThat(expectOnly("事项!S2 CATALOG_VALUE_INVALID").get(0).message()).contains("飞鸽传书");
    }

    @Test
    void a_yes_no_column_takes_only_yes_or_no() {
        wb.set(ITEMS, 2, "是否收费", "免费");

        assertThat(expectOnly("事项!O2 CATALOG_VALUE_INVALID").get(0).message()).contains("“是”或“否”", "免费");
    }

    @Test
    void an_amount_with_three_decimals_is_refused() {
        wb.set(ITEMS, 2, "是否收费", "是").set(ITEMS, 2, "收费金额（元）", 80.005).set(ITEMS, 2, "收费依据", "某收费文件");

        assertThat(expectOnly("事项!P2 CATALOG_VALUE_INVALID").get(0).message()).contains("两位小数");
    }

    @Test
    void a_charged_item_without_an_amount_is_reported_at_the_amount_cell() {
        wb.set(ITEMS, 2, "是否收费", "是").set(ITEMS, 2, "收费依据", "某收费文件");

        expectOnly("事项!P2 CATALOG_RULE_VIOLATED");
    }

    @Test
    void a_formula_is_refused_even_when_its_value_is_right() {
        Cell visits = wb.cell(ITEMS, 2, "到现场次数");
        visits.setCellFormula("0+1");
        wb.workbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(visits);

        assertThat(expectOnly("事项!T2 CATALOG_VALUE_INVALID").get(0).message())
                .contains("请填写数值，不要使用公式", "=0+1");
    }

    @Test
    void an_error_value_is_refused() {
        wb.cell(ITEMS, 2, "到现场次数").setCellErrorValue(FormulaError.NA.getCode());

        assertThat(expectOnly("事项!T2 CATALOG_VALUE_INVALID").get(0).message()).contains("#N/A");
    }

    @Test
    void a_limit_without_its_unit_is_reported_at_the_unit_cell() {
        wb.cell(ITEMS, 2, "承诺办结时限单位").setBlank();

        expectOnly("事项!K2 CATALOG_FIELD_MISSING");
    }

    @Test
    void a_special_procedure_must_say_whether_it_stops_the_clock_unless_the_law_decides() {
        wb.set(ITEMS, 2, "特别程序", "专家评审、现场勘验");

        assertThat(expectOnly("事项!U2 CATALOG_VALUE_INVALID").get(0).message()).contains("现场勘验（计时）");
    }

    @Test
    void bidding_and_auction_are_art_45_procedures_that_never_count_and_need_no_mark() {
        wb.set(ITEMS, 2, "特别程序", "招标、拍卖");

        ParsedCatalog read = read();

        assertThat(read.problems()).isEmpty();
        assertThat(read.document().items().get(0).specialProcedures()).containsExactly(
                new SpecialProcedure(SpecialProcedureKind.BIDDING, true),
                new SpecialProcedure(SpecialProcedureKind.AUCTION, true));
    }

    @Test
    void an_art_45_procedure_marked_as_counting_breaks_the_rule_at_its_cell() {
        wb.set(ITEMS, 2, "特别程序", "专家评审（计时）");

        expectOnly("事项!U2 CATALOG_RULE_VIOLATED");
    }

    @Test
    void an_unknown_material_kind_and_a_blank_source_are_both_reported() {
        wb.set(MATERIALS, 3, "材料类型", "表格");
        wb.cell(MATERIALS, 3, "来源渠道").setBlank();

        expectOnly("申请材料!D3 CATALOG_VALUE_INVALID", "申请材料!I3 CATALOG_FIELD_MISSING");
    }

    @Test
    void a_bad_credit_code_is_reported_at_the_credit_code_cell() {
        String code = wb.text(ITEMS, 2, "实施主体统一社会信用代码");
        wb.set(ITEMS, 2, "实施主体统一社会信用代码", code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"));

        expectOnly("事项!F2 CREDIT_CODE_INVALID");
    }

    @Test
    void a_malformed_implementation_code_is_reported_at_its_cell() {
        wb.set(ITEMS, 2, "实施编码", "11450128MB1602185R4_000104002000");

        ParsedCatalog read = read();

        // the item's materials now name a code no item has: reported too, in their own rows
        assertThat(read.problems()).extracting(ProblemAssert::key).contains("事项!A2 ITEM_CODE_INVALID",
                "申请材料!A2 CATALOG_VALUE_INVALID");
    }

    @Test
    void a_standard_implementation_code_must_embed_a_valid_credit_code() {
        wb.set(ITEMS, 2, "实施编码", "11450128MB1602185X4000104002000");

        assertThat(read().problems()).extracting(ProblemAssert::key).contains("事项!A2 CREDIT_CODE_INVALID");
    }

    @Test
    void a_promised_limit_over_the_statutory_one_is_reported_at_the_promised_cell() {
        wb.set(ITEMS, 2, "承诺办结时限", 30);

        assertThat(expectOnly("事项!J2 LIMIT_PROMISED_EXCEEDS_STATUTORY").get(0).message()).contains("30", "20");
    }

    @Test
    void a_deferrable_identity_document_is_reported_at_its_deferrable_cell() {
        int row = wb.materialRow(demo.items().get(0).implementationCode(), "申请人身份证明");
        wb.set(MATERIALS, row, "可容缺", "是");

        expectOnly("申请材料!L" + row + " MATERIAL_NOT_DEFERRABLE");
    }

    @Test
    void a_deferrable_material_of_an_item_without_deferral_is_reported_at_the_material() {
        // the first item allowing 容缺 (item 0, 公共场所卫生许可, is 人身健康 and no longer does: issue 10)
        int index = 0;
        while (!demo.items().get(index).deferralAllowed()) {
            index++;
        }
        String code = demo.items().get(index).implementationCode();
        String deferrable = demo.items().get(index).materials().stream().filter(m -> m.deferrable()).findFirst()
                .orElseThrow().name();
        wb.set(ITEMS, index + 2, "是否容缺受理", "否");

        expectOnly("申请材料!L" + wb.materialRow(code, deferrable) + " MATERIAL_NOT_DEFERRABLE");
    }

    @Test
    void a_material_of_an_item_the_workbook_does_not_have_is_reported() {
        wb.set(MATERIALS, 2, "实施编码", "11450128MB1602185R4009999999000");

        assertThat(expectOnly("申请材料!A2 CATALOG_VALUE_INVALID").get(0).message())
                .contains("11450128MB1602185R4009999999000");
    }

    @Test
    void a_duplicated_item_row_is_reported_naming_the_first_row() {
        int last = demo.items().size() + 2;
        for (int c = 0; c < ItemSheet.COLUMNS.size(); c++) {
            String header = ItemSheet.COLUMNS.get(c).header();
            Cell from = wb.cell(ITEMS, 2, header);
            Cell to = wb.cell(ITEMS, last, header);
            to.setCellStyle(from.getCellStyle());
            switch (from.getCellType()) {
                case NUMERIC -> to.setCellValue(from.getNumericCellValue());
                case STRING -> to.setCellValue(from.getStringCellValue());
                default -> to.setBlank();
            }
        }

        assertThat(expectOnly("事项!A" + last + " CATALOG_DUPLICATE_CODE").get(0).message()).contains("第 2 行");
    }

    @Test
    void a_material_named_twice_in_one_item_is_reported_naming_the_first_row() {
        wb.set(MATERIALS, 3, "材料名称", wb.text(MATERIALS, 2, "材料名称"));

        assertThat(expectOnly("申请材料!C3 CATALOG_DUPLICATE_CODE").get(0).message()).contains("第 2 行");
    }

    @Test
    void a_bundle_code_used_twice_is_reported_naming_the_first_row() {
        wb.set(BUNDLES, 3, "编码", wb.text(BUNDLES, 2, "编码"));

        assertThat(expectOnly("一件事!A3 CATALOG_DUPLICATE_CODE").get(0).message()).contains("第 2 行");
    }

    @Test
    void a_bundle_member_that_is_neither_in_the_file_nor_in_the_catalog_is_reported() {
        String unknown = "11450128MB1602185R4009999999000";
        wb.set(BUNDLES, 2, "包含事项实施编码", wb.text(BUNDLES, 2, "包含事项实施编码") + "\n" + unknown);
        byte[] file = wb.bytes();

        ParsedCatalog alone = files.read(file, CatalogFormat.XLSX, Set.of());
        ParsedCatalog withCatalog = files.read(file, CatalogFormat.XLSX, Set.of(unknown));

        assertThat(alone.problems()).extracting(ProblemAssert::key).containsExactly("一件事!D2 BUNDLE_ITEM_UNKNOWN");
        assertThat(alone.problems().get(0).message()).contains(unknown);
        assertThat(withCatalog.problems()).isEmpty();
        assertThat(withCatalog.ok()).isTrue();
    }

    private String at(String header, int row) {
        return ITEMS + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(wb.column(ITEMS, header)) + row;
    }

    @Test
    void clock_cells_are_read_in_the_steps_order_and_blank_ones_take_the_defaults() {
        wb.set(ITEMS, 2, "环节时限", "现场审核：2\n受理：１个工作日、决定:1");
        wb.set(ITEMS, 2, "最多延期次数", 0);
        wb.set(ITEMS, 2, "联合办理", "是");
        wb.set(ITEMS, 3, "最多延期次数", "");
        wb.set(ITEMS, 3, "联合办理", "");

        ParsedCatalog read = read();

        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems())).isEmpty();
        var first = read.document().items().get(0);
        assertThat(first.stepLimits()).containsExactly(java.util.Map.entry("现场审核", 2),
                java.util.Map.entry("受理", 1), java.util.Map.entry("决定", 1));
        assertThat(first.maxExtensions()).isZero();
        assertThat(first.jointHandling()).isTrue();
        assertThat(read.document().items().get(1).maxExtensions()).isEqualTo(1);
        assertThat(read.document().items().get(1).jointHandling()).isFalse();
    }

    @Test
    void a_step_limit_cell_with_a_blank_name_a_repeated_step_or_days_in_words_is_refused_once_naming_each_entry() {
        wb.set(ITEMS, 2, "环节时限", "：2\n受理：1\n受理：2\n决定：三天\n现场审核");

        Problem p = expectOnly(at("环节时限", 2) + " CATALOG_VALUE_INVALID").get(0);

        assertThat(p.field()).isEqualTo("环节时限");
        assertThat(p.message()).isEqualTo("第1项“：2”缺少环节名称；环节“受理”重复；环节“决定”的时限应为整数个工作日，"
                + "实际为“三天”；第5项“现场审核”应写作“环节名称：工作日数”，如“受理：1”。");
    }

    @Test
    void step_limits_that_break_the_item_rules_are_reported_at_the_step_limit_cell() {
        wb.set(ITEMS, 2, "环节时限", "勘查：1");
        assertThat(expectOnly(at("环节时限", 2) + " CATALOG_RULE_VIOLATED").get(0).message())
                .isEqualTo("环节时限中的环节“勘查”不在办理流程中。");

        wb.set(ITEMS, 2, "环节时限", "受理：0");
        assertThat(expectOnly(at("环节时限", 2) + " CATALOG_RULE_VIOLATED").get(0).message())
                .isEqualTo("环节“受理”的时限应至少为1个工作日。");

        wb.set(ITEMS, 2, "环节时限", "受理：-2");
        assertThat(expectOnly(at("环节时限", 2) + " CATALOG_RULE_VIOLATED").get(0).message())
                .contains("至少为1个工作日");

        // an absurd step is left out of the total, so it is not also reported as exceeding the promised limit
        wb.set(ITEMS, 2, "环节时限", "受理：400");
        assertThat(expectOnly(at("环节时限", 2) + " CATALOG_RULE_VIOLATED").get(0).message())
                .isEqualTo("环节“受理”的时限为400个工作日，超过365个工作日，请检查是否填错。");

        wb.set(ITEMS, 2, "环节时限", "受理：3\n决定：3");
        assertThat(expectOnly(at("环节时限", 2) + " CATALOG_RULE_VIOLATED").get(0).message())
                .isEqualTo("各环节时限合计6个工作日，超过承诺办结时限5个工作日。");
    }

    @Test
    void a_negative_or_absurd_number_of_extensions_and_a_bad_joint_handling_cell_are_refused_at_their_cells() {
        wb.set(ITEMS, 2, "最多延期次数", -1);
        wb.set(ITEMS, 3, "最多延期次数", 9);
        wb.set(ITEMS, 4, "联合办理", "也许");

        List<Problem> problems = expectOnly(at("最多延期次数", 2) + " CATALOG_VALUE_INVALID",
                at("最多延期次数", 3) + " CATALOG_RULE_VIOLATED", at("联合办理", 4) + " CATALOG_VALUE_INVALID");

        assertThat(problems.get(0).message()).contains("不能为负数", "-1");
        assertThat(problems.get(1).message()).isEqualTo("延期次数应在0到3次之间（行政许可法第四十二条：一般可延长一次）。");
        assertThat(problems.get(2).message()).contains("是", "否", "也许");
    }
}
