package org.yichuang.server.calendar;

import java.time.LocalDate;

/**
 * A calendar_days row: a day that differs from Monday to Friday.
 *
 * @param kind              {@code OFF} (法定节假日), {@code WORK} (调休上班) or {@code REGIONAL_OFF} (地方休息日)
 * @param holiday           the holiday it belongs to, e.g. 春节
 * @param countsAsStatutory whether a regional off-day counts as 法定节假日 under 许可法 Art. 82 (RULES.md §6.3)
 */
public record CalendarDayRow(LocalDate day, String kind, String holiday, boolean countsAsStatutory) {
}
