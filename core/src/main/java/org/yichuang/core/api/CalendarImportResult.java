package org.yichuang.core.api;

import java.util.List;

/**
 * What a successful calendar import did.
 *
 * @param version      the new version (unchanged files make none: then the current one and {@code created} false)
 * @param created      whether a new version was stored
 * @param years        per imported year, what changed
 * @param casesChecked open cases whose deadlines were recomputed with the new version
 * @param casesMoved   of those, cases whose statutory or promised due date moved (flagged 期限已变更)
 */
public record CalendarImportResult(CalendarVersionInfo version, boolean created, List<CalendarYearChange> years,
        long casesChecked, long casesMoved) {
}
