package org.yichuang.core.api;

import java.util.List;
import java.util.Map;
import org.yichuang.core.supervision.AlertLevel;

/**
 * A page of a case list ({@code GET /api/cases}).
 *
 * @param page        0-based page number
 * @param total       cases matching every filter (for paging)
 * @param levelCounts cases per 红黄牌 level matching every filter except the level filter, every level present (0
 *                    included), so a client can show all four counts next to a level filter
 */
public record CaseListPage(List<CaseListRow> rows, int page, int size, long total,
        Map<AlertLevel, Long> levelCounts) {

    /** Copies the collections. */
    public CaseListPage {
        rows = List.copyOf(rows);
        levelCounts = Map.copyOf(levelCounts);
    }
}
