package org.yichuang.catalogio.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;

/**
 * Writes the catalog as an .xlsx 实施清单 workbook: sheets 事项, 申请材料, 一件事 and 说明, header row frozen and
 * filterable, drop-down lists on the coded columns. Streams rows (SXSSF) so a province-sized catalog fits in memory.
 */
public final class XlsxCatalogWriter {
    /** Rows kept in memory per sheet before SXSSF flushes them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    /** Returns the workbook as file content. */
    public byte[] write(CatalogDocument document) {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW);
        try {
            wb.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(wb);
            if (document.title() != null) {
                wb.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(document.title());
            }
            writeItems(wb, document.items(), styles);
            writeMaterials(wb, document.items(), styles);
            writeBundles(wb, document.bundles(), styles);
            HelpSheet.write(wb.createSheet(HelpSheet.NAME), styles);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(wb);
        }
    }

    private static void writeItems(SXSSFWorkbook wb, List<ServiceItem> items, WorkbookStyles styles) {
        Sheet sheet = sheet(wb, ItemSheet.NAME, ItemSheet.COLUMNS, styles);
        int r = 1;
        for (ServiceItem item : items) {
            ItemSheet.write(new RowWriter(sheet.createRow(r++), ItemSheet.COLUMNS, styles), item);
        }
        finish(sheet, ItemSheet.COLUMNS, r);
    }

    private static void writeMaterials(SXSSFWorkbook wb, List<ServiceItem> items, WorkbookStyles styles) {
        Sheet sheet = sheet(wb, MaterialSheet.NAME, MaterialSheet.COLUMNS, styles);
        int r = 1;
        for (ServiceItem item : items) {
            List<MaterialRequirement> materials = item.materials();
            for (int k = 0; k < materials.size(); k++) {
                MaterialSheet.write(new RowWriter(sheet.createRow(r++), MaterialSheet.COLUMNS, styles),
                        item.implementationCode(), k + 1, materials.get(k));
            }
        }
        finish(sheet, MaterialSheet.COLUMNS, r);
    }

    private static void writeBundles(SXSSFWorkbook wb, List<ServiceBundle> bundles, WorkbookStyles styles) {
        Sheet sheet = sheet(wb, BundleSheet.NAME, BundleSheet.COLUMNS, styles);
        int r = 1;
        for (ServiceBundle bundle : bundles) {
            BundleSheet.write(new RowWriter(sheet.createRow(r++), BundleSheet.COLUMNS, styles), bundle);
        }
        finish(sheet, BundleSheet.COLUMNS, r);
    }

    private static Sheet sheet(SXSSFWorkbook wb, String name, List<Column> columns, WorkbookStyles styles) {
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Adds the filter over the written rows and the drop-down lists, which also cover rows a hall adds later. */
    private static void finish(Sheet sheet, List<Column> columns, int rowCount) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowCount - 1, 1), 0, columns.size() - 1));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (column.kind() != ColumnKind.CHOICE && column.kind() != ColumnKind.YES_NO) {
                continue;
            }
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(column.allowed().toArray(String[]::new)),
                    new CellRangeAddressList(1, lastRow, c, c));
            validation.setShowErrorBox(true);
            validation.createErrorBox("取值无效", "请从下拉列表中选择：" + String.join("、", column.allowed()));
            validation.setSuppressDropDownArrow(true);   // XSSF reads this flag inverted: true shows the arrow
            sheet.addValidationData(validation);
        }
    }

    private static void closeQuietly(SXSSFWorkbook wb) {
        try {
            wb.close();   // also deletes SXSSF's temporary files
        } catch (IOException e) {
            // nothing left to do with a workbook already written or failed
        }
    }
}
