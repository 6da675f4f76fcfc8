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
 * @param details       one Chinese line per day, e.g. {@code 2027-10-08（周五）：普通工作日 → 法定节假日休息（国庆节）}
 */
public record CalendarYearChange(int year, boolean wasPublished, int added, int removed, int changed,
        List<String> details) {
}
