package org.yichuang.server.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** The versioned working-day calendar (工作日历): versions and the days that differ from Monday to Friday. */
@UseClasspathSqlLocator
@RegisterRecordMapper(CalendarVersionRow.class)
@RegisterRecordMapper(CalendarDayRow.class)
public interface CalendarDao {
    /** Serialises imports (and the first seed): version numbers are max + 1. */
    @SqlUpdate
    void lockCalendar();

    @SqlQuery
    List<CalendarVersionRow> versions();

    /** The newest version in effect at {@code now}. */
    @SqlQuery
    Optional<CalendarVersionRow> newestEffective(Instant now);

    /** The highest version number, effective or not; null when none. */
    @SqlQuery
    Integer newestNumber();

    @SqlQuery
    Optional<CalendarVersionRow> version(int number);

    @SqlQuery
    List<CalendarDayRow> days(int version);

    @SqlUpdate
    void insertVersion(int number, String source, Instant effectiveFrom, Instant recordedAt, Long recordedBy,
            int[] publishedYears);

    @SqlBatch
    void insertDays(int version, List<LocalDate> day, List<String> kind, List<String> holiday,
            List<Boolean> countsAsStatutory);
}
