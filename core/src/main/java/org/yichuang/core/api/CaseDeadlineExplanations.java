package org.yichuang.core.api;

import java.util.List;

/**
 * {@code GET /api/cases/{caseNo}/deadline-explanation}: the explanation of each due date the case has (none before
 * acceptance), and a Chinese note when there is nothing to explain.
 */
public record CaseDeadlineExplanations(String caseNo, List<CaseDeadlineExplanation> deadlines, String note) {
    /** Copies the list. */
    public CaseDeadlineExplanations {
        deadlines = List.copyOf(deadlines);
    }
}
