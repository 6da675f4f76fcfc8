package org.yichuang.catalogio.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * A sheet ready to be read: its table, where its columns are, and the cells refused as a whole — formulas and merged
 * ranges at or below the header row — which are reported once here and then count as failed for their fields.
 */
final class SheetContext {
    private final SheetTable table;
    private final HeaderMap headers;
    private final List<CellRangeAddress> refusedRanges = new ArrayList<>();
    private final Set<Long> formulaCells = new HashSet<>();

    private SheetContext(SheetTable table, HeaderMap headers) {
        this.table = table;
        this.headers = headers;
    }

    /** Finds the columns and reports the structure: missing columns, formulas and merged cells. */
    static SheetContext of(SheetTable table, List<Column> columns, List<Problem> problems) {
        SheetContext sheet = new SheetContext(table, HeaderMap.find(table, columns, problems));
        sheet.refuseMerged(problems);
        sheet.refuseFormulas(problems);
        return sheet;
    }

    String name() {
        return table.name();
    }

    HeaderMap headers() {
        return headers;
    }

    /** Returns the rows below the header row that hold anything. */
    List<SheetRow> dataRows() {
        return table.rows().stream().filter(r -> r.number() > headers.headerRow()).toList();
    }

    /** Returns true when the cell (1-based row, 0-based column) was refused as a whole. */
    boolean refused(int row, int column) {
        if (formulaCells.isEmpty() && refusedRanges.isEmpty()) {
            return false;
        }
        if (formulaCells.contains(key(row, column))) {
            return true;
        }
        for (CellRangeAddress range : refusedRanges) {
            if (range.isInRange(row - 1, column)) {
                return true;
            }
        }
        return false;
    }

    private void refuseMerged(List<Problem> problems) {
        for (CellRangeAddress range : table.merged()) {
            if (range.getLastRow() + 1 < headers.headerRow() || !touchesKnownColumn(range)) {
                continue;   // a title merged across the top of the sheet is fine
            }
            refusedRanges.add(range);
            Column column = headers.columnAt(range.getFirstColumn());
            problems.add(new Problem(table.name(), range.getFirstRow() + 1, HeaderMap.letter(range.getFirstColumn()),
                    column == null ? null : column.header(), ErrorCode.CATALOG_VALUE_INVALID.name(),
                    "不能使用合并单元格（" + range.formatAsString() + "）：请取消合并，并在每一行填写完整内容。"));
        }
    }

    private boolean touchesKnownColumn(CellRangeAddress range) {
        for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
            if (headers.columnAt(c) != null) {
                return true;
            }
        }
        return false;
    }

    private void refuseFormulas(List<Problem> problems) {
        for (SheetRow row : table.rows()) {
            if (row.number() < headers.headerRow()) {
                continue;
            }
            for (RawCell cell : row.cells().values()) {
                Column column = headers.columnAt(cell.column());
                if (!cell.isFormula() || column == null) {
                    continue;   // columns the import does not read are not checked either
                }
                formulaCells.add(key(row.number(), cell.column()));
                problems.add(new Problem(table.name(), row.number(), HeaderMap.letter(cell.column()), column.header(),
                        ErrorCode.CATALOG_VALUE_INVALID.name(),
                        "请填写数值，不要使用公式（单元格中是公式 " + cell.formula() + "）。"));
            }
        }
    }

    private static long key(int row, int column) {
        return (long) row << 16 | column;
    }
}
