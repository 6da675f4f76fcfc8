package org.yichuang.core.api;

import java.time.Instant;
import java.util.List;

/**
 * One version of the working-day calendar (工作日历版本). Every import makes a new version with the imported years
 * replaced, so a deadline that names its version can always be explained again.
 *
 * @param number         1, 2, …
 * @param source         where the schedule comes from, e.g. 国办发明电〔2024〕12号
 * @param effectiveFrom  from when deadlines use it
 * @param recordedAt     when it was imported
 * @param recordedByName display name of the importing administrator; null for the schedule shipped with the program
 * @param publishedYears years with an official schedule; any other year is weekends only and provisional (暂定)
 */
public record CalendarVersionInfo(int number, String source, Instant effectiveFrom, Instant recordedAt,
        String recordedByName, List<Integer> publishedYears) {
}
