package org.yichuang.core.api;

import java.time.LocalDate;

/**
 * One day of a calendar year.
 *
 * @param date              the day
 * @param type              core {@code DayType}: {@code WORKDAY} (工作日), {@code WEEKEND} (周末), {@code HOLIDAY} (法定节假日),
 *                          {@code MAKEUP_WORKDAY} (调休上班) or {@code REGIONAL_OFF} (地方休息日)
 * @param working           whether the hall counts it as a working day
 * @param holiday           the holiday it belongs to (春节 …); empty for ordinary days
 * @param countsAsStatutory for {@code REGIONAL_OFF}: whether it counts as 法定节假日; true otherwise
 */
public record CalendarDayInfo(LocalDate date, String type, boolean working, String holiday,
        boolean countsAsStatutory) {
}
