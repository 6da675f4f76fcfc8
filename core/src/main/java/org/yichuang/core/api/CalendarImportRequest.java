package org.yichuang.core.api;

/**
 * POST /api/calendar/import.
 *
 * @param csv     the schedule file's text: {@code date,kind,holiday} lines (see docs/api.md)
 * @param source  where it comes from (通知文号), at most 200 characters; null or blank for a default naming the file
 * @param confirm true to replace published years that differ (after the 409 CALENDAR_YEAR_CONFLICT showed how)
 */
public record CalendarImportRequest(String csv, String source, boolean confirm) {
}
