package org.yichuang.core.api;

import java.util.List;
import java.util.Map;

/**
 * A page of the case list with the number of matching cases per 红黄牌 level (over every page, same filters but
 * the level).
 *
 * @param counts level code to number of cases, e.g. {@code {"WARNING":3,"YELLOW":1,"RED":0}}
 */
public record CaseListPage(List<CaseListRow> rows, long total, int page, int size, Map<String, Long> counts) {
    /** Copies the lists so that the page stays as it came. */
    public CaseListPage {
        rows = rows == null ? List.of() : List.copyOf(rows);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }
}
