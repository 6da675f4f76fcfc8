package org.yichuang.catalogio.xlsx;

import java.util.Map;

/** The non-empty cells of one row; {@code number} is 1-based, as Excel shows it. */
record SheetRow(int number, Map<Integer, RawCell> cells) {
    /** Copies the cells. */
    SheetRow {
        cells = Map.copyOf(cells);
    }

    /** Returns the cell in the (0-based) column, or {@code null} when it is empty. */
    RawCell cell(int column) {
        return cells.get(column);
    }
}
