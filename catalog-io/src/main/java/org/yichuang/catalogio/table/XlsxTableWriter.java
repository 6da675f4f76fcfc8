package org.yichuang.catalogio.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one table to an .xlsx workbook, streaming: only the last rows are held in memory, so 100,000 rows need a few
 * MB. Row 1 is the title, row 2 the (frozen, filterable) headers, data from row 3.
 *
 * <pre>{@code
 * try (XlsxTableWriter table = new XlsxTableWriter("办件", "办件清单", columns)) {
 *     table.row(List.of("…", 3, LocalDate.now()));
 *     table.writeTo(out);
 * }
 * }</pre>
 */
public final class XlsxTableWriter implements AutoCloseable {
    /** What a column holds, for its cell format. */
    public enum Kind {
        /** Text, stored as text (a case number stays text). */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A day, shown yyyy-mm-dd. */
        DATE,
        /** A local date and time, shown yyyy-mm-dd hh:mm. */
        DATE_TIME
    }

    /** A column: its header, kind and width in characters. */
    public record Column(String header, Kind kind, int width) {
    }

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final CellStyle[] styles;
    private int next;

    /** Starts a workbook with one sheet, the title and the header row. */
    public XlsxTableWriter(String sheetName, String title, List<Column> columns) {
        this.columns = List.copyOf(columns);
        sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle titleStyle = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        titleStyle.setFont(big);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        styles = new CellStyle[Kind.values().length];
        styles[Kind.TEXT.ordinal()] = format("@");
        styles[Kind.INTEGER.ordinal()] = format("0");
        styles[Kind.DATE.ordinal()] = format("yyyy-mm-dd");
        styles[Kind.DATE_TIME.ordinal()] = format("yyyy-mm-dd hh:mm");

        Cell t = sheet.createRow(next++).createCell(0);
        t.setCellValue(title);
        t.setCellStyle(titleStyle);
        Row h = sheet.createRow(next++);
        for (int i = 0; i < this.columns.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(this.columns.get(i).header());
            c.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, this.columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 2);
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /**
     * Adds a data row; each value is null (empty cell), a String, a Number, a LocalDate or a LocalDateTime.
     *
     * @throws IllegalArgumentException for another number of values or another type
     */
    public void row(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + columns.size() + " columns");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles[columns.get(i).kind().ordinal()]);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (v instanceof LocalDateTime t) {
                cell.setCellValue(t);
            } else {
                throw new IllegalArgumentException("no cell for " + v.getClass().getSimpleName());
            }
        }
    }

    /** Returns the number of data rows added. */
    public int rows() {
        return next - 2;
    }

    /** Writes the workbook (with a filter on the header row) to {@code out}; call once. */
    public void writeTo(OutputStream out) {
        if (next > 2) {
            sheet.setAutoFilter(new CellRangeAddress(1, next - 1, 0, columns.size() - 1));
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file of the streamed rows. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
