package org.yichuang.catalogio.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writes one data row of a sheet, placing each value in its column with the column kind's style. */
final class RowWriter {
    private final Row row;
    private final List<Column> columns;
    private final WorkbookStyles styles;

    RowWriter(Row row, List<Column> columns, WorkbookStyles styles) {
        this.row = row;
        this.columns = columns;
        this.styles = styles;
    }

    /** Writes text; {@code null} leaves the cell empty. */
    void text(Column column, String value) {
        if (value != null) {
            cell(column, styles.text).setCellValue(value);
        }
    }

    void integer(Column column, int value) {
        cell(column, styles.integer).setCellValue(value);
    }

    /** Writes fen as 元 with two decimals. */
    void fen(Column column, long fen) {
        cell(column, styles.money).setCellValue(BigDecimal.valueOf(fen, 2).doubleValue());
    }

    void yesNo(Column column, boolean value) {
        text(column, value ? Labels.YES : Labels.NO);
    }

    /** Writes one entry per line; an empty list leaves the cell empty. */
    void lines(Column column, List<String> values) {
        if (!values.isEmpty()) {
            text(column, String.join("\n", values));
        }
    }

    /** By identity: a record's equals compares every field, and this runs for every cell. */
    private int position(Column column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == column) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a column of this sheet: " + column.header());
    }

    private Cell cell(Column column, CellStyle style) {
        Cell cell = row.createCell(position(column));
        cell.setCellStyle(style);
        return cell;
    }
}
