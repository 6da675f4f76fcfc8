package org.yichuang.server.calendar;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A calendar_versions row.
 *
 * @param recordedBy     the importing staff member; null for the shipped schedule and the CLI
 * @param recordedByName the staff member's display name; null with {@code recordedBy}
 * @param publishedYears years with an official schedule; any other year is weekends only and provisional (暂定)
 */
public record CalendarVersionRow(int number, String source, Instant effectiveFrom, Instant recordedAt, Long recordedBy,
        String recordedByName, int[] publishedYears) {

    /** Returns the published years in ascending order. */
    public List<Integer> years() {
        return Arrays.stream(publishedYears).sorted().boxed().toList();
    }

    /** True when the year has an official schedule in this version. */
    public boolean published(int year) {
        return Arrays.stream(publishedYears).anyMatch(y -> y == year);
    }
}
