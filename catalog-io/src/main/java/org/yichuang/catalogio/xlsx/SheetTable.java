package org.yichuang.catalogio.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/** One worksheet as read: its rows that hold anything, and its merged ranges. */
record SheetTable(String name, List<SheetRow> rows, List<CellRangeAddress> merged) {
    /** Copies the lists. */
    SheetTable {
        rows = List.copyOf(rows);
        merged = List.copyOf(merged);
    }
}
