package org.yichuang.catalogio.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.DemoCatalog;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.ProblemAssert;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.TimeLimit;

class XlsxRoundTripTest {
    private final CatalogFiles files = new CatalogFiles();
    private final CatalogDocument demo = DemoCatalog.load();

    @Test
    void the_demo_catalog_survives_a_workbook_round_trip_unchanged() {
        ParsedCatalog read = files.read(files.write(demo, CatalogFormat.XLSX), CatalogFormat.XLSX, Set.of());

        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems())).isEmpty();
        assertThat(read.ok()).isTrue();
        assertThat(read.document()).isEqualTo(demo);
    }

    @Test
    void limits_in_months_survive_a_workbook_and_a_json_round_trip() {
        List<ServiceItem> items = new ArrayList<>(demo.items());
        ServiceItem i = items.stream().filter(x -> x.caseKind() == CaseKind.PROMISED).findFirst().orElseThrow();
        ServiceItem months = new ServiceItem(i.baseCode(), i.implementationCode(), i.name(), i.itemType(),
                i.department(), i.departmentCreditCode(), i.legalBasis(), new TimeLimit(3, LimitUnit.MONTHS),
                new TimeLimit(2, LimitUnit.MONTHS), i.caseKind(), i.conditions(), i.processSteps(), i.fee(),
                i.serviceObjects(), i.channels(), i.visits(), i.specialProcedures(), i.resultName(),
                i.deliveryOptions(), i.deferralAllowed(), i.contacts(), i.materials(), i.aliases());
        items.set(items.indexOf(i), months);
        CatalogDocument doc = new CatalogDocument(demo.formatVersion(), demo.title(), items, demo.bundles());
        for (CatalogFormat format : CatalogFormat.values()) {
            ParsedCatalog read = files.read(files.write(doc, format), format, Set.of());
            assertThat(read.problems()).as(() -> format + ": " + ProblemAssert.describe(read.problems())).isEmpty();
            assertThat(read.document()).isEqualTo(doc);
        }
    }

    @Test
    void the_workbook_is_laid_out_like_a_halls_implementation_list() throws IOException {
        try (Workbooks wb = Workbooks.exportOf(demo)) {
            XSSFWorkbook book = wb.workbook();
            assertThat(book.getSheetName(0)).isEqualTo("事项");
            assertThat(List.of(book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("申请材料", "一件事", "说明");
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo(demo.title());

            XSSFSheet items = book.getSheet("事项");
            assertThat(headers(items)).startsWith("实施编码", "基本编码", "事项名称", "事项类型", "实施主体",
                    "实施主体统一社会信用代码").contains("法定办结时限", "法定办结时限单位", "收费金额（元）", "特别程序");
            assertThat(items.getPaneInformation().isFreezePane()).isTrue();
            assertThat(items.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(items.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(items.getColumnWidth(wb.column("事项", "事项名称"))).isGreaterThan(20 * 256);
            assertThat(items.getDataValidations())
                    .extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .contains(wb.column("事项", "事项类型"), wb.column("事项", "办件类型"), wb.column("事项", "是否收费"));

            assertThat(wb.text("事项", 2, "事项类型")).isEqualTo("行政许可");
            assertThat(wb.text("事项", 2, "办理流程")).contains("\n");
            int charged = 2 + demo.items().indexOf(demo.items().stream().filter(i -> i.fee().charged()).findFirst()
                    .orElseThrow());
            Cell amount = wb.cell("事项", charged, "收费金额（元）");
            assertThat(amount.getNumericCellValue()).isEqualTo(80.0);
            assertThat(new DataFormatter().formatCellValue(amount)).isEqualTo("80.00");
            assertThat(book.getSheet("说明").getRow(0).getCell(0).getStringCellValue()).contains("说明");
        }
    }

    @Test
    void a_halls_own_sheet_with_reordered_columns_loose_headers_and_extra_columns_imports() throws IOException {
        byte[] ours = files.write(demo, CatalogFormat.XLSX);
        byte[] theirs;
        try (Workbooks source = Workbooks.open(ours); XSSFWorkbook hall = new XSSFWorkbook()) {
            // the hall keeps bundles first, columns in its own order, a title row and a column of its own
            for (String name : List.of("一件事", "申请材料", "事项")) {
                copyReordered(source.sheet(name), hall.createSheet(name));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            hall.write(out);
            theirs = out.toByteArray();
        }

        ParsedCatalog read = files.read(theirs, CatalogFormat.XLSX, Set.of());

        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems())).isEmpty();
        assertThat(read.document().items()).isEqualTo(demo.items());
        assertThat(read.document().bundles()).isEqualTo(demo.bundles());
    }

    /** Reverses the columns, loosens the headers and types every number as text, below a merged title. */
    private static void copyReordered(Sheet from, Sheet to) {
        int width = from.getRow(0).getLastCellNum();
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            order.add(c);
        }
        Collections.reverse(order);
        Row title = to.createRow(0);
        title.createCell(0).setCellValue("示范县政务服务事项实施清单（" + from.getSheetName() + "）");
        to.addMergedRegion(new CellRangeAddress(0, 0, 0, width));
        DataFormatter formatter = new DataFormatter();
        for (Row row : from) {
            Row copy = to.createRow(row.getRowNum() + 1);
            for (int target = 0; target < width; target++) {
                Cell cell = row.getCell(order.get(target));
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                String text = formatter.formatCellValue(cell);
                if (row.getRowNum() == 0) {
                    text = " " + text.replace("（", "(").replace("）", ")") + "\u3000";
                }
                copy.createCell(target).setCellValue(text);
            }
            Cell own = copy.createCell(width);
            if (row.getRowNum() == 0) {
                own.setCellValue("大厅内部备注");
            } else {
                own.setCellFormula("ROW()");
            }
        }
    }

    private static List<String> headers(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    @Test
    void clock_rules_survive_a_workbook_and_a_json_round_trip() {
        List<ServiceItem> items = new ArrayList<>(demo.items());
        ServiceItem i = items.subList(1, items.size()).stream().filter(x -> x.caseKind() == CaseKind.PROMISED
                && x.promisedLimit().unit() == LimitUnit.WORKING_DAYS && x.promisedLimit().value() >= 3
                && x.processSteps().size() >= 3).findFirst().orElseThrow();
        java.util.Map<String, Integer> steps = new java.util.LinkedHashMap<>();
        steps.put(i.processSteps().get(2), 1);   // not in the process's order: the order given is kept
        steps.put(i.processSteps().get(0), 2);
        ServiceItem clocked = i.withClockRules(3, true, steps);
        items.set(items.indexOf(i), clocked);
        ServiceItem none = items.get(0).withClockRules(0, false, java.util.Map.of());
        items.set(0, none);
        CatalogDocument doc = new CatalogDocument(demo.formatVersion(), demo.title(), items, demo.bundles());
        for (CatalogFormat format : CatalogFormat.values()) {
            ParsedCatalog read = files.read(files.write(doc, format), format, Set.of());
            assertThat(read.problems()).as(() -> format + ": " + ProblemAssert.describe(read.problems())).isEmpty();
            assertThat(read.document()).isEqualTo(doc);
            ServiceItem back = read.document().items().get(items.indexOf(clocked));
            assertThat(back.stepLimits().keySet()).as(format.name()).containsExactlyElementsOf(steps.keySet());
            assertThat(back.maxExtensions()).isEqualTo(3);
            assertThat(back.jointHandling()).isTrue();
            assertThat(read.document().items().get(0).maxExtensions()).isZero();
        }
    }

    @Test
    void a_workbook_without_the_clock_columns_gives_the_defaults() throws IOException {
        byte[] older;
        try (Workbooks wb = Workbooks.open(files.write(demo, CatalogFormat.XLSX))) {
            XSSFSheet items = wb.workbook().getSheet("事项");
            for (String header : List.of("环节时限", "联合办理", "最多延期次数")) {
                int column = wb.column("事项", header);
                for (Row row : items) {
                    Cell cell = row.getCell(column);
                    if (cell != null) {
                        row.removeCell(cell);
                    }
                }
            }
            older = wb.bytes();
        }

        ParsedCatalog read = files.read(older, CatalogFormat.XLSX, Set.of());

        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems())).isEmpty();
        assertThat(read.document().items()).allSatisfy(item -> {
            assertThat(item.maxExtensions()).isEqualTo(ServiceItem.DEFAULT_MAX_EXTENSIONS);
            assertThat(item.jointHandling()).isFalse();
            assertThat(item.stepLimits()).isEmpty();
        });
    }
}
