package org.yichuang.core.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * The working-day calendar (工作日历) of one {@link CalendarVersion}: weekends, official holidays, make-up working days
 * (调休) and regional days off. Years without a published schedule count weekends only and are provisional (暂定).
 *
 * <p>Every answer is O(1): the constructor precomputes, for every day from {@value #MIN_YEAR} to {@value #MAX_YEAR},
 * the number of working days up to it and the table from a working day's ordinal to its date, so a due date is two
 * array reads however far away it is (issue 9 item 3: due dates must not walk day by day). A calendar costs about
 * 400 KB and a millisecond to build; it is immutable and safe to share between threads.
 *
 * <p>Counting follows 民法典 Art. 201: the start day is not counted.
 */
public final class WorkCalendar {
    /** First year the calendar answers for. */
    public static final int MIN_YEAR = 2000;
    /** Last year the calendar answers for. */
    public static final int MAX_YEAR = 2100;

    private static final long FIRST_DAY = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(MAX_YEAR, 12, 31).toEpochDay();
    private static final int DAYS = (int) (LAST_DAY - FIRST_DAY + 1);
    private static final DayType[] TYPES = DayType.values();
    /** Every date of the range, shared by all calendars: a due date is then an array read, not a date computation. */
    private static final LocalDate[] DATES = new LocalDate[DAYS];

    static {
        for (int i = 0; i < DAYS; i++) {
            DATES[i] = LocalDate.ofEpochDay(FIRST_DAY + i);
        }
    }

    private final CalendarVersion version;
    private final CalendarSchedule schedule;
    private final SortedSet<Integer> publishedYears;
    private final byte[] types;
    /** workingUpTo[i] = working days in [FIRST_DAY, FIRST_DAY + i]. */
    private final int[] workingUpTo;
    /** workingDay[k] = index of the (k+1)-th working day from FIRST_DAY. */
    private final int[] workingDay;
    private final boolean[] provisionalYear = new boolean[MAX_YEAR - MIN_YEAR + 1];

    /** Builds the calendar of a version; the schedule's years are the published ones. */
    public WorkCalendar(CalendarVersion version, CalendarSchedule schedule) {
        this(version, schedule, schedule.years());
    }

    /** Builds the calendar of a version with an explicit set of published years (others are provisional). */
    public WorkCalendar(CalendarVersion version, CalendarSchedule schedule, Set<Integer> publishedYears) {
        this.version = Objects.requireNonNull(version, "version");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.publishedYears = Collections.unmodifiableSortedSet(new TreeSet<>(publishedYears));
        for (int y = MIN_YEAR; y <= MAX_YEAR; y++) {
            provisionalYear[y - MIN_YEAR] = !publishedYears.contains(y);
        }
        types = new byte[DAYS];
        boolean[] counts = new boolean[DAYS];
        for (int i = 0; i < DAYS; i++) {
            // 1970-01-01 was a Thursday; ISO day-of-week 1 = Monday
            int dow = (int) Math.floorMod(FIRST_DAY + i + 3, 7L) + 1;
            boolean weekend = dow >= 6;
            types[i] = (byte) (weekend ? DayType.WEEKEND : DayType.WORKDAY).ordinal();
            counts[i] = !weekend;
        }
        for (CalendarEntry e : schedule.entries()) {
            long day = e.date().toEpochDay();
            if (day < FIRST_DAY || day > LAST_DAY) {
                continue; // CalendarCsv refuses these; a hand-built schedule may carry them harmlessly
            }
            int i = (int) (day - FIRST_DAY);
            switch (e.kind()) {
                case OFF -> {
                    types[i] = (byte) DayType.HOLIDAY.ordinal();
                    counts[i] = false;
                }
                case WORK -> {
                    types[i] = (byte) DayType.MAKEUP_WORKDAY.ordinal();
                    counts[i] = true;
                }
                case REGIONAL_OFF -> {
                    types[i] = (byte) DayType.REGIONAL_OFF.ordinal();
                    // a regional day that is not statutory closes the hall but still counts (RULES.md §6.3)
                    counts[i] = counts[i] && !e.countsAsStatutory();
                }
            }
        }
        workingUpTo = new int[DAYS];
        int n = 0;
        for (int i = 0; i < DAYS; i++) {
            if (counts[i]) {
                n++;
            }
            workingUpTo[i] = n;
        }
        workingDay = new int[n];
        for (int i = 0, k = 0; i < DAYS; i++) {
            if (counts[i]) {
                workingDay[k++] = i;
            }
        }
    }

    /** Returns the version this calendar was built from. */
    public CalendarVersion version() {
        return version;
    }

    /** Returns the schedule this calendar was built from. */
    public CalendarSchedule schedule() {
        return schedule;
    }

    /** Returns the years with a published schedule. */
    public SortedSet<Integer> publishedYears() {
        return publishedYears;
    }

    /** Whether the date counts as a working day in legal periods (工作日，含调休上班日). */
    public boolean isWorkingDay(LocalDate date) {
        int i = index(date);
        return i == 0 ? workingUpTo[0] == 1 : workingUpTo[i] != workingUpTo[i - 1];
    }

    /** Whether the hall is open: a working day that is not a regional day off. */
    public boolean isHallOpen(LocalDate date) {
        return isWorkingDay(date) && typeOf(date) != DayType.REGIONAL_OFF;
    }

    /** Returns the type of the date. */
    public DayType typeOf(LocalDate date) {
        return TYPES[types[index(date)]];
    }

    /** Returns the holiday a holiday, make-up or regional day belongs to (春节, 国庆节 …). */
    public Optional<String> holidayName(LocalDate date) {
        index(date);
        return schedule.entry(date).map(CalendarEntry::holiday);
    }

    /** Returns the schedule entry of the date, if it has one. */
    public Optional<CalendarEntry> entry(LocalDate date) {
        index(date);
        return schedule.entry(date);
    }

    /** Whether the date's year has no published schedule, so it is counted on weekends only (暂定). */
    public boolean isProvisional(LocalDate date) {
        index(date);
        return provisionalYear[date.getYear() - MIN_YEAR];
    }

    /** Whether any year from {@code from}'s to {@code to}'s is provisional. */
    public boolean anyProvisional(LocalDate from, LocalDate to) {
        int a = Math.min(from.getYear(), to.getYear());
        int b = Math.max(from.getYear(), to.getYear());
        if (a < MIN_YEAR || b > MAX_YEAR) {
            return true;
        }
        for (int y = a; y <= b; y++) {
            if (provisionalYear[y - MIN_YEAR]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the day on which {@code n} working days after {@code start} end; the start day is not counted
     * (民法典 Art. 201). {@code n = 0} returns {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        return DATES[plusWorkingDaysIndex(index(start), n)];
    }

    /** Returns the number of working days in (fromExclusive, toInclusive]; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return workingUpTo[index(toInclusive)] - workingUpTo[index(fromExclusive)];
    }

    /** Returns {@code date} when it is a working day, else the next working day. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        int i = index(date);
        int before = i == 0 ? 0 : workingUpTo[i - 1];
        return DATES[workingDayAt(before)];
    }

    /**
     * Returns the last day of a period of {@code n} natural days (自然日) after {@code start}; when it is not a working
     * day the period ends on the next working day (民法典 Art. 203).
     */
    public LocalDate plusNaturalDays(LocalDate start, int n) {
        requireNonNegative(n);
        return nextWorkingDayOnOrAfter(start.plusDays(n));
    }

    /**
     * Returns the last day of a period of {@code n} months (月) after {@code start}: the corresponding day of the last
     * month, or that month's last day when it has none (民法典 Art. 202, e.g. 01-31 + 1 month = 02-28), moved to the
     * next working day when it is not one (Art. 203).
     */
    public LocalDate plusMonths(LocalDate start, int n) {
        requireNonNegative(n);
        return nextWorkingDayOnOrAfter(start.plusMonths(n));
    }

    // --- index arithmetic for DeadlineCalculator: epoch-day offsets from FIRST_DAY, no LocalDate on the hot path ---

    int index(LocalDate date) {
        long day = date.toEpochDay();
        if (day < FIRST_DAY || day > LAST_DAY) {
            throw outOfRange(date.toString());
        }
        return (int) (day - FIRST_DAY);
    }

    static LocalDate dateAt(int index) {
        return DATES[index];
    }

    static int days() {
        return DAYS;
    }

    int workingUpTo(int index) {
        return workingUpTo[index];
    }

    int plusWorkingDaysIndex(int start, int n) {
        requireNonNegative(n);
        return n == 0 ? start : workingDayAt((long) workingUpTo[start] + n - 1);
    }

    int workingDayAt(long ordinal) {
        if (ordinal >= workingDay.length) {
            throw new DomainException(ErrorCode.CALENDAR_DATE_OUT_OF_RANGE,
                    "期限的最后一日超出工作日历支持的范围（" + MIN_YEAR + "年至" + MAX_YEAR + "年），无法计算。");
        }
        return workingDay[(int) ordinal];
    }

    int nextWorkingIndexOnOrAfter(int i) {
        return workingDayAt(i == 0 ? 0 : workingUpTo[i - 1]);
    }

    int checkIndex(long i) {
        if (i < 0 || i >= DAYS) {
            throw outOfRange(LocalDate.ofEpochDay(FIRST_DAY + i).toString());
        }
        return (int) i;
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new DomainException(ErrorCode.DEADLINE_WORKING_DAYS_INVALID, "期限天数不能为负数：" + n);
        }
    }

    private static DomainException outOfRange(String what) {
        return new DomainException(ErrorCode.CALENDAR_DATE_OUT_OF_RANGE,
                "日期 " + what + " 超出工作日历支持的范围（" + MIN_YEAR + "年至" + MAX_YEAR + "年），无法计算期限。");
    }

    @Override
    public String toString() {
        return "WorkCalendar(v" + version.number() + ", published " + publishedYears + ")";
    }
}
