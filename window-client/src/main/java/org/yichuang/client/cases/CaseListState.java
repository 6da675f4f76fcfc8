package org.yichuang.client.cases;

import org.yichuang.core.supervision.AlertLevel;
import java.util.List;
import java.util.Map;
import org.yichuang.core.api.CaseListQuery;
import org.yichuang.core.api.CaseListRow;

/**
 * What the case list shows, replaced whole on every change (views read it, only the presenter makes new ones).
 *
 * @param query   the filters of the rows shown (or being loaded)
 * @param rows    the rows of the current page
 * @param counts  cases per level over all pages (预警/黄牌/红牌)
 * @param total   cases matching the filters
 * @param loaded  true once a first answer arrived
 */
public record CaseListState(CaseListQuery query, List<CaseListRow> rows, Map<AlertLevel, Long> counts, long total,
        boolean loaded) {

    /** Copies the collections. */
    public CaseListState {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
    }

    /** An empty list for {@code query}, before its first answer. */
    public static CaseListState empty(CaseListQuery query) {
        return new CaseListState(query, List.of(), Map.of(), 0, false);
    }

    /** Returns the number of cases at {@code card}, 0 when the server named none. */
    public long count(AlertLevel card) {
        return counts.getOrDefault(card, 0L);
    }

    CaseListState withQuery(CaseListQuery value) {
        return new CaseListState(value, rows, counts, total, loaded);
    }

    CaseListState withRows(List<CaseListRow> value, Map<AlertLevel, Long> newCounts) {
        return new CaseListState(query, value, newCounts, total, loaded);
    }
}
