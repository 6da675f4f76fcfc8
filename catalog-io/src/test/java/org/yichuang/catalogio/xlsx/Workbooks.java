package org.yichuang.catalogio.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;

/**
 * A real POI workbook to break on purpose: starts from an export, lets a test change cells found by header text, and
 * gives the bytes back. Rows are numbered as Excel shows them (1 = header).
 */
final class Workbooks implements AutoCloseable {
    private final XSSFWorkbook wb;

    private Workbooks(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /** Opens the export of a catalog for editing. */
    static Workbooks exportOf(CatalogDocument document) {
        return open(new CatalogFiles().write(document, CatalogFormat.XLSX));
    }

    /**
     * Opens a workbook for editing. Inline strings (as SXSSF writes them) become shared strings, as when Excel saves
     * the file; POI would otherwise keep the old inline text when a test sets a new value.
     */
    static Workbooks open(byte[] xlsx) {
        try {
            XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CTCell ct = ((XSSFCell) cell).getCTCell();
                        if (ct.isSetIs()) {
                            String text = cell.getStringCellValue();
                            ct.unsetIs();
                            ct.unsetT();
                            cell.setCellValue(text);
                        }
                    }
                }
            }
            return new Workbooks(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XSSFWorkbook workbook() {
        return wb;
    }

    Sheet sheet(String name) {
        return wb.getSheet(name);
    }

    /** Returns the 0-based column of a header in row 1. */
    int column(String sheet, String header) {
        for (Cell cell : wb.getSheet(sheet).getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet);
    }

    /** Returns the cell under a header in an Excel row number, creating it when empty. */
    Cell cell(String sheet, int excelRow, String header) {
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(excelRow - 1) == null ? s.createRow(excelRow - 1) : s.getRow(excelRow - 1);
        int column = column(sheet, header);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    /** Returns the text under a header in an Excel row number. */
    String text(String sheet, int excelRow, String header) {
        return cell(sheet, excelRow, header).getStringCellValue();
    }

    Workbooks set(String sheet, int excelRow, String header, String value) {
        cell(sheet, excelRow, header).setCellValue(value);
        return this;
    }

    Workbooks set(String sheet, int excelRow, String header, double value) {
        cell(sheet, excelRow, header).setCellValue(value);
        return this;
    }

    /** Returns the first Excel row of 申请材料 that holds the named material of the item. */
    int materialRow(String itemCode, String materialName) {
        Sheet s = wb.getSheet(MaterialSheet.NAME);
        int code = column(MaterialSheet.NAME, "实施编码");
        int name = column(MaterialSheet.NAME, "材料名称");
        for (Row row : s) {
            if (row.getRowNum() > 0 && row.getCell(code).getStringCellValue().equals(itemCode)
                    && row.getCell(name).getStringCellValue().equals(materialName)) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no material " + materialName + " of " + itemCode);
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
