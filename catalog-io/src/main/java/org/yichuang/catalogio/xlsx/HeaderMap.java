package org.yichuang.catalogio.xlsx;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Where each known column is in a sheet, found by header text so a hall's re-ordered sheet (or one with a title row
 * above the headers, or extra columns of its own) still imports. Unknown columns are ignored.
 */
final class HeaderMap {
    /** Halls put a title or notes above the header row; look that far down for it. */
    private static final int HEADER_SEARCH_ROWS = 10;

    private final String sheet;
    private final int headerRow;
    private final Map<Column, Integer> positions;
    private final Map<Integer, Column> byPosition = new HashMap<>();
    private final boolean complete;

    private HeaderMap(String sheet, int headerRow, Map<Column, Integer> positions, boolean complete) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.positions = positions;
        positions.forEach((c, p) -> byPosition.put(p, c));
        this.complete = complete;
    }

    /** Finds the header row and the columns; reports missing required columns and columns given twice. */
    static HeaderMap find(SheetTable table, List<Column> columns, List<Problem> problems) {
        Map<String, Column> byHeader = new HashMap<>();
        for (Column column : columns) {
            byHeader.put(Column.normalize(column.header()), column);
            column.aliases().forEach(a -> byHeader.put(Column.normalize(a), column));
        }
        SheetRow best = null;
        int bestCount = 0;
        for (SheetRow row : table.rows().subList(0, Math.min(HEADER_SEARCH_ROWS, table.rows().size()))) {
            int count = matches(row, byHeader, null).size();
            if (count > bestCount) {
                best = row;
                bestCount = count;
            }
        }
        int headerRow = best == null ? 1 : best.number();
        Map<Column, Integer> positions = best == null ? new IdentityHashMap<>()
                : matches(best, byHeader, (column, kept, twice) -> problems.add(new Problem(table.name(),
                        headerRow, letter(twice), column.header(), ErrorCode.CATALOG_VALUE_INVALID.name(),
                        "列“" + column.header() + "”出现了两次（" + letter(kept) + " 列和 " + letter(twice)
                                + " 列），请删除其中一列。")));
        boolean complete = true;
        for (Column column : columns) {
            if (column.required() && !positions.containsKey(column)) {
                complete = false;
                problems.add(new Problem(table.name(), headerRow, null, column.header(),
                        ErrorCode.CATALOG_FIELD_MISSING.name(), "缺少必填列“" + column.header() + "”。"));
            }
        }
        return new HeaderMap(table.name(), headerRow, positions, complete);
    }

    /** Hears about a column whose header appears a second time. */
    private interface TwiceListener {
        void twice(Column column, int kept, int again);
    }

    private static Map<Column, Integer> matches(SheetRow row, Map<String, Column> byHeader, TwiceListener listener) {
        // identity: a record's hash walks its lists, and this map is asked for every cell
        Map<Column, Integer> found = new IdentityHashMap<>();
        row.cells().values().stream().sorted((a, b) -> Integer.compare(a.column(), b.column())).forEach(cell -> {
            Column column = cell.type() == RawCell.Type.TEXT ? byHeader.get(Column.normalize(cell.text())) : null;
            if (column == null) {
                return;
            }
            Integer kept = found.putIfAbsent(column, cell.column());
            if (kept != null && listener != null) {
                listener.twice(column, kept, cell.column());
            }
        });
        return found;
    }

    /** Returns the sheet's name as the file has it. */
    String sheet() {
        return sheet;
    }

    /** Returns the 1-based number of the header row; data rows follow it. */
    int headerRow() {
        return headerRow;
    }

    /** Returns true when every required column is there, so rows can be read. */
    boolean complete() {
        return complete;
    }

    /** Returns the 0-based position of the column, or {@code null} when the sheet does not have it. */
    Integer position(Column column) {
        return positions.get(column);
    }

    /** Returns the column at a 0-based position, or {@code null} for a column the import does not read. */
    Column columnAt(int position) {
        return byPosition.get(position);
    }

    /** Returns the column letter ({@code F}), or {@code null} when the sheet does not have the column. */
    String letter(Column column) {
        Integer p = positions.get(column);
        return p == null ? null : letter(p);
    }

    static String letter(int position) {
        return CellReference.convertNumToColString(position);
    }
}
