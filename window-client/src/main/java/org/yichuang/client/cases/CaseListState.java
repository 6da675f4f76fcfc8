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

    /** Returns the 0-based page shown (or being loaded). */
    public int page() {
        return query.page();
    }

    /** Returns how many pages the filtered cases fill; an empty list is one (empty) page. */
    public int pageCount() {
        int size = Math.max(1, query.size());
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Returns true when there is a page before this one (上一页). */
    public boolean hasPrevious() {
        return loaded && query.page() > 0;
    }

    /** Returns true when there is a page after this one (下一页). */
    public boolean hasNext() {
        return loaded && query.page() + 1 < pageCount();
    }

    CaseListState withQuery(CaseListQuery value) {
        return new CaseListState(value, rows, counts, total, loaded);
    }

    CaseListState withRows(List<CaseListRow> value, Map<AlertLevel, Long> newCounts) {
        return new CaseListState(query, value, newCounts, total, loaded);
    }
}
