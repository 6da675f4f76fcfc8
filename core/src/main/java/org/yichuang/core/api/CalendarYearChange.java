package org.yichuang.core.api;

import java.util.List;

/**
 * What an import did to one year.
 *
 * @param year          the year
 * @param wasPublished  whether the year had an official schedule before (false: it was provisional, 暂定)
 * @param added         days that were ordinary and now are not
 * @param removed       days that were special and now are ordinary
 * @param changed       days whose kind or holiday changed
 * @param details       one Chinese line per day, e.g. {@code 2027-10-08 周五：工作日 → 法定节假日（国庆节）} (core's {@code CalendarDiff})
 */
public record CalendarYearChange(int year, boolean wasPublished, int added, int removed, int changed,
        List<String> details) {
}
