package org.yichuang.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.yichuang.core.catalog.CatalogLabels;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/**
 * THE due-date computation of the product (办结期限计算): a limit from a start, moved by clock stops and extensions,
 * over one {@link WorkCalendar} and a hall's {@link ClockSettings}. Client and server both call this, so a due date
 * is computed in exactly one place.
 *
 * <ul>
 *   <li>Working days: the start day is not counted (民法典 Art. 201); the working days inside a stop (start, end] do
 *       not count; extensions add working days. Cost: O(number of stops), no day walking.</li>
 *   <li>Natural days and months: the natural days inside stops are added; a period ending on a rest day ends on the
 *       next working day (Art. 202–203); extensions then add working days.</li>
 *   <li>Hours: run from the start moment over the office hours of working days (Art. 201 second paragraph); an
 *       extension adds whole office days.</li>
 * </ul>
 * The day a period ends closes at the hall's cut-off, or at 24:00 without one (Art. 203).
 */
public final class DeadlineCalculator {
    private static final int[] NO_STOPS = new int[0];
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkCalendar calendar;
    private final ClockSettings settings;
    /** Office intervals as minutes of the day, for hour limits. */
    private final int[] officeFrom;
    private final int[] officeTo;
    private final int officeMinutes;
    private final int versionNumber;

    /** Creates a calculator over a calendar with a hall's settings. */
    public DeadlineCalculator(WorkCalendar calendar, ClockSettings settings) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
        List<OfficeHours> hours = settings.officeHours();
        officeFrom = new int[hours.size()];
        officeTo = new int[hours.size()];
        for (int i = 0; i < hours.size(); i++) {
            officeFrom[i] = hours.get(i).start().toSecondOfDay() / 60;
            officeTo[i] = hours.get(i).end().toSecondOfDay() / 60;
        }
        officeMinutes = settings.minutesPerDay();
        versionNumber = calendar.version().number();
    }

    /** Returns the calendar. */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** Returns the hall's clock settings. */
    public ClockSettings settings() {
        return settings;
    }

    /** Computes the due date. */
    public Deadline compute(DeadlineInput in) {
        LocalDate startDate = in.start().toLocalDate();
        int s = calendar.index(startDate);
        List<ClockStop> list = in.stops();
        LocalDate dueDate;
        LocalDateTime dueAt;
        switch (in.limit().unit()) {
            case WORKING_DAYS -> {
                // the common case, kept free of allocations but the result (figure due-dates)
                // saturated: an absurd limit must end in CALENDAR_DATE_OUT_OF_RANGE, not wrap around
                int n = (int) Math.min((long) in.limit().value() + in.extensionDays(), Integer.MAX_VALUE);
                int due;
                if (list.isEmpty()) {
                    due = calendar.plusWorkingDaysIndex(s, n);
                } else if (list.size() == 1) {
                    ClockStop c = list.get(0);
                    int a = calendar.index(c.start());
                    due = countWorkingAroundOne(s, n, a, c.end() == null ? runningEnd(in, a) : stopEnd(c, a));
                } else {
                    due = countWorking(s, n, resolveStops(in));
                }
                dueDate = WorkCalendar.dateAt(due);
                dueAt = settings.cutoff() == null && due + 1 < WorkCalendar.days()
                        ? WorkCalendar.dateAt(due + 1).atStartOfDay() : endOf(dueDate);
            }
            case HOURS -> {
                dueAt = hoursDue(in, s, list.isEmpty() ? NO_STOPS : resolveStops(in));
                dueDate = dueAt.toLocalDate();
            }
            default -> {
                dueDate = WorkCalendar.dateAt(dueIndex(in, s, list.isEmpty() ? NO_STOPS : resolveStops(in))[2]);
                dueAt = endOf(dueDate);
            }
        }
        return new Deadline(dueDate, dueAt, calendar.anyProvisional(startDate, dueDate), versionNumber);
    }

    /**
     * Returns the working days left from {@code today} to the due date: the working days in (today, dueDate]; 0 on
     * the due day itself, negative when overdue (−1 on the first working day after it).
     */
    public int remainingWorkingDays(LocalDate today, Deadline deadline) {
        return calendar.workingDaysBetween(today, deadline.dueDate());
    }

    /** Returns when a due day ends: the cut-off, or 24:00 (00:00 of the next day). */
    public LocalDateTime endOf(LocalDate dueDate) {
        return settings.cutoff() == null ? dueDate.plusDays(1).atStartOfDay() : dueDate.atTime(settings.cutoff());
    }

    // --- day limits ---

    /** Returns {end before Art. 203, end after Art. 203, due} as day indices; all equal for working days. */
    private int[] dueIndex(DeadlineInput in, int s, int[] stops) {
        int n = in.limit().value();
        int ext = in.extensionDays();
        switch (in.limit().unit()) {
            case WORKING_DAYS -> {
                int due = countWorking(s, (int) Math.min((long) n + ext, Integer.MAX_VALUE), stops);
                return new int[] {due, due, due};
            }
            case NATURAL_DAYS, MONTHS -> {
                int end = in.limit().unit() == LimitUnit.NATURAL_DAYS
                        ? calendar.checkIndex((long) s + n)
                        : calendar.index(in.start().toLocalDate().plusMonths(n)); // ≤ 178 million years: no overflow
                for (int i = 0; i < stops.length; i += 2) {
                    int a = Math.max(stops[i], s);
                    int b = stops[i + 1];
                    if (b > a && a < end) {
                        end = calendar.checkIndex((long) end + (b - a));
                    }
                }
                int shifted = n == 0 ? end : calendar.nextWorkingIndexOnOrAfter(end);
                return new int[] {end, shifted, calendar.plusWorkingDaysIndex(shifted, ext)};
            }
            default -> throw new IllegalStateException("hours are not a day limit");
        }
    }

    /** The day on which n working days after s end, the working days inside stops (a, b] not counting. */
    private int countWorking(int s, int n, int[] stops) {
        if (n == 0) {
            return s; // a zero limit ends on its start, whatever stops say
        }
        int cursor = s;
        int remaining = n;
        for (int i = 0; i < stops.length; i += 2) {
            int a = stops[i];
            int b = stops[i + 1];
            if (b <= cursor) {
                continue;
            }
            if (a > cursor) {
                int available = calendar.workingUpTo(a) - calendar.workingUpTo(cursor);
                if (remaining <= available) {
                    return calendar.plusWorkingDaysIndex(cursor, remaining);
                }
                remaining -= available;
            }
            cursor = b;
        }
        return calendar.plusWorkingDaysIndex(cursor, remaining);
    }

    /** The end of a running stop: the hall's today (asOf), never before its start. */
    private int runningEnd(DeadlineInput in, int a) {
        if (in.asOf() == null) {
            throw new IllegalArgumentException("a running clock stop needs the input's asOf date");
        }
        return Math.max(a, calendar.index(in.asOf()));
    }

    /** The end of an ended stop starting at index a; refuses an end before the start. */
    private int stopEnd(ClockStop c, int a) {
        int b = calendar.index(c.end());
        if (b < a) {
            throw new DomainException(ErrorCode.CLOCK_STOP_INVERTED, "暂停计时“" + c.kind() + "”的结束日期 "
                    + c.end() + " 早于开始日期 " + c.start() + "。");
        }
        return b;
    }

    /** {@link #countWorking} for the usual single stop (a, b], without the loop. */
    private int countWorkingAroundOne(int s, int n, int a, int b) {
        if (n == 0) {
            return s;
        }
        if (b <= s) {
            return calendar.plusWorkingDaysIndex(s, n);
        }
        if (a > s) {
            int available = calendar.workingUpTo(a) - calendar.workingUpTo(s);
            if (n <= available) {
                return calendar.plusWorkingDaysIndex(s, n);
            }
            n -= available;
        }
        return calendar.plusWorkingDaysIndex(b, n);
    }

    /** Stops as sorted index pairs {a0, b0, a1, b1, …}; refuses inverted and overlapping stops. */
    private int[] resolveStops(DeadlineInput in) {
        List<ClockStop> list = in.stops();
        if (list.isEmpty()) {
            return NO_STOPS;
        }
        if (list.size() > 1) {
            list = new ArrayList<>(list);
            list.sort(Comparator.comparing(ClockStop::start));
        }
        int[] r = new int[list.size() * 2];
        for (int i = 0; i < list.size(); i++) {
            ClockStop c = list.get(i);
            int a = calendar.index(c.start());
            int b = c.end() == null ? runningEnd(in, a) : stopEnd(c, a);
            if (i > 0 && a < r[2 * i - 1]) {
                ClockStop p = list.get(i - 1);
                throw new DomainException(ErrorCode.CLOCK_STOP_OVERLAP, "暂停计时“" + c.kind() + "”（自 " + c.start()
                        + "）与“" + p.kind() + "”（" + p.start() + " 至 " + (p.end() == null ? "今" : p.end())
                        + "）重叠。");
            }
            r[2 * i] = a;
            r[2 * i + 1] = b;
        }
        return r;
    }

    // --- hour limits ---

    private LocalDateTime hoursDue(DeadlineInput in, int s, int[] stops) {
        long total = (long) in.limit().value() * 60 + (long) in.extensionDays() * officeMinutes;
        if (total == 0) {
            return in.start();
        }
        int minute = in.start().toLocalTime().toSecondOfDay() / 60;
        int before = officeMinutesBefore(minute);
        int availableOnStart = countsAt(s, stops) ? officeMinutes - before : 0;
        if (total <= availableOnStart) {
            return WorkCalendar.dateAt(s).atTime(officeTime((int) (before + total)));
        }
        long rest = total - availableOnStart;
        long days = (rest + officeMinutes - 1) / officeMinutes;
        if (days > 40_000) {
            throw new DomainException(ErrorCode.CALENDAR_DATE_OUT_OF_RANGE,
                    "时限过长，超出工作日历支持的范围（" + WorkCalendar.MAX_YEAR + "年）。");
        }
        int inLastDay = (int) (rest - (days - 1) * officeMinutes);
        int day = countWorking(s, (int) days, stops);
        return WorkCalendar.dateAt(day).atTime(officeTime(inLastDay));
    }

    /** Whether day i counts: a working day not inside a stop. */
    private boolean countsAt(int i, int[] stops) {
        if (i == 0 ? calendar.workingUpTo(0) == 0 : calendar.workingUpTo(i) == calendar.workingUpTo(i - 1)) {
            return false;
        }
        return stopCovering(i, stops) < 0;
    }

    private static int stopCovering(int day, int[] stops) {
        for (int i = 0; i < stops.length; i += 2) {
            if (stops[i] < day && day <= stops[i + 1]) {
                return i / 2;
            }
        }
        return -1;
    }

    /** Office minutes of a day that lie before the given minute of the day. */
    private int officeMinutesBefore(int minute) {
        int m = 0;
        for (int i = 0; i < officeFrom.length; i++) {
            m += Math.max(0, Math.min(minute, officeTo[i]) - officeFrom[i]);
        }
        return m;
    }

    /** The time at which {@code x} (1 … officeMinutes) office minutes of a day have passed. */
    private LocalTime officeTime(int x) {
        for (int i = 0; i < officeFrom.length; i++) {
            int len = officeTo[i] - officeFrom[i];
            if (x <= len) {
                return LocalTime.ofSecondOfDay((officeFrom[i] + x) * 60L);
            }
            x -= len;
        }
        throw new IllegalStateException("beyond the office day");
    }

    // --- explanations: rare, so they may walk the days ---

    /** Explains how the due date was computed, day by day, in Chinese. */
    public DeadlineExplanation explain(DeadlineInput in) {
        Deadline deadline = compute(in);
        int s = calendar.index(in.start().toLocalDate());
        int[] stops = resolveStops(in);
        List<ClockStop> sorted = new ArrayList<>(in.stops());
        sorted.sort(Comparator.comparing(ClockStop::start));
        LocalDate startDate = in.start().toLocalDate();
        List<String> summary = new ArrayList<>();
        CalendarVersion v = calendar.version();
        summary.add("工作日历：第 " + v.number() + " 版（" + v.source() + "），自 " + v.effectiveFrom().truncatedTo(ChronoUnit.SECONDS) + " 起施行");
        boolean hours = in.limit().unit() == LimitUnit.HOURS;
        summary.add("起算：" + startDate + "（" + CalendarCsv.weekday(startDate) + "）"
                + (hours ? in.start().toLocalTime().format(HM) + "，按小时计算的期间自该时刻起算，只计办公时间（"
                + settings.officeHoursText() + "）" : "，开始的当日不计入，自下一日起算（民法典第二百零一条）"));
        summary.add("时限：" + CatalogLabels.limit(in.limit()) + unitNote(in.limit().unit()));
        for (int i = 0; i < sorted.size(); i++) {
            ClockStop c = sorted.get(i);
            int a = stops[2 * i];
            int b = stops[2 * i + 1];
            String range = c.start() + " 至 " + (c.end() == null ? in.asOf() + "（仍在暂停中，计至今日）" : c.end());
            String effect = switch (in.limit().unit()) {
                case WORKING_DAYS, HOURS -> "其间 " + (calendar.workingUpTo(b) - calendar.workingUpTo(a))
                        + " 个工作日不计入";
                case NATURAL_DAYS, MONTHS -> "其间 " + (b - a) + " 个自然日顺延";
            };
            summary.add("暂停：" + c.kind() + " " + range + "（开始当日仍计入）" + reason(c.reason()) + "，" + effect);
        }
        for (ClockExtension e : in.extensions()) {
            summary.add("延长" + e.workingDays() + "个工作日" + (e.reason().isBlank() ? "" : "：" + e.reason())
                    + "（行政许可法第四十二条）");
        }
        if (deadline.provisional()) {
            List<Integer> years = new ArrayList<>();
            for (int y = startDate.getYear(); y <= deadline.dueDate().getYear(); y++) {
                if (!calendar.publishedYears().contains(y)) {
                    years.add(y);
                }
            }
            summary.add("注意：" + years.stream().map(String::valueOf).collect(Collectors.joining("、"))
                    + " 年尚未公布放假安排，只按周末计算，结果为暂定（暂定，未公布放假安排），公布后将重新计算");
        }
        List<ExplainedDay> days = switch (in.limit().unit()) {
            case WORKING_DAYS -> workingDays(in, s, stops, sorted);
            case NATURAL_DAYS, MONTHS -> naturalDays(in, s, stops, sorted);
            case HOURS -> hourDays(in, s, stops, sorted, deadline);
        };
        String conclusion = "截止：" + deadline.dueDate() + "（" + CalendarCsv.weekday(deadline.dueDate()) + "）"
                + deadline.toChineseText().substring(deadline.dueDate().toString().length() + 1)
                + (hours || settings.cutoff() != null ? "" : "（期间最后一日的截止时间为二十四时，民法典第二百零三条）");
        return new DeadlineExplanation(deadline, v.number(), v.source(), in.start(), in.limit(), summary, days,
                conclusion);
    }

    private static String unitNote(LimitUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> "，不含法定节假日和周末，调休上班日计入（行政许可法第八十二条）";
            case NATURAL_DAYS -> "，连续计算；最后一日为休息日的，顺延至其后第一个工作日（民法典第二百零三条）";
            case MONTHS -> "，到期月的对应日为最后一日，没有对应日的为月末日（民法典第二百零二条）；最后一日为休息日的顺延"
                    + "（第二百零三条）";
            case HOURS -> "";
        };
    }

    private static String reason(String reason) {
        return reason.isBlank() ? "" : "，理由：" + reason;
    }

    private List<ExplainedDay> workingDays(DeadlineInput in, int s, int[] stops, List<ClockStop> sorted) {
        int base = in.limit().value();
        int due = dueIndex(in, s, stops)[2];
        List<ExplainedDay> days = new ArrayList<>();
        int ordinal = 0;
        for (int i = s + 1; i <= due; i++) {
            LocalDate d = WorkCalendar.dateAt(i);
            int stop = stopCovering(i, stops);
            if (stop >= 0) {
                days.add(day(d, ExplainedDay.Status.SUSPENDED, 0, suspendedNote(sorted.get(stop))));
            } else if (calendar.isWorkingDay(d)) {
                ordinal++;
                String note = countedNote(d);
                if (ordinal > base) {
                    note = join(note, "延长期限第" + (ordinal - base) + "个工作日");
                }
                days.add(day(d, ExplainedDay.Status.COUNTED, ordinal, note));
            } else {
                days.add(day(d, ExplainedDay.Status.SKIPPED, 0, restNote(d)));
            }
        }
        check(ordinal == base + in.extensionDays() || base + in.extensionDays() == 0);
        return days;
    }

    private List<ExplainedDay> naturalDays(DeadlineInput in, int s, int[] stops, List<ClockStop> sorted) {
        int[] ends = dueIndex(in, s, stops);
        List<ExplainedDay> days = new ArrayList<>();
        int ordinal = 0;
        for (int i = s + 1; i <= ends[0]; i++) {
            LocalDate d = WorkCalendar.dateAt(i);
            int stop = stopCovering(i, stops);
            if (stop >= 0) {
                days.add(day(d, ExplainedDay.Status.SUSPENDED, 0, suspendedNote(sorted.get(stop)) + "，顺延一日"));
            } else {
                ordinal++;
                String note = calendar.isWorkingDay(d) ? countedNote(d) : restNote(d);
                days.add(day(d, ExplainedDay.Status.COUNTED, ordinal, "日",
                        join(note, i == ends[0] ? "期间最后一日" : "")));
            }
        }
        LocalDate last = WorkCalendar.dateAt(ends[0]);
        for (int i = ends[0] + 1; i <= ends[1]; i++) {
            LocalDate d = WorkCalendar.dateAt(i);
            String note = i == ends[1]
                    ? "最后一日 " + last + " 是" + restNote(last) + "，顺延至此日（民法典第二百零三条）"
                    : restNote(d);
            days.add(day(d, ExplainedDay.Status.POSTPONED, 0, note));
        }
        int ext = 0;
        for (int i = ends[1] + 1; i <= ends[2]; i++) {
            LocalDate d = WorkCalendar.dateAt(i);
            if (calendar.isWorkingDay(d)) {
                ext++;
                days.add(day(d, ExplainedDay.Status.COUNTED, ext, join(countedNote(d), "延长期限第" + ext + "个工作日")));
            } else {
                days.add(day(d, ExplainedDay.Status.SKIPPED, 0, restNote(d)));
            }
        }
        check(ext == (ends[2] == ends[1] ? 0 : in.extensionDays()));
        return days;
    }

    private List<ExplainedDay> hourDays(DeadlineInput in, int s, int[] stops, List<ClockStop> sorted,
                                        Deadline deadline) {
        long remaining = (long) in.limit().value() * 60 + (long) in.extensionDays() * officeMinutes;
        int due = calendar.index(deadline.dueDate());
        List<ExplainedDay> days = new ArrayList<>();
        int ordinal = 0;
        int startMinute = in.start().toLocalTime().toSecondOfDay() / 60;
        for (int i = s; i <= due && remaining > 0; i++) {
            LocalDate d = WorkCalendar.dateAt(i);
            int stop = stopCovering(i, stops);
            if (stop >= 0) {
                days.add(day(d, ExplainedDay.Status.SUSPENDED, 0, suspendedNote(sorted.get(stop))));
                continue;
            }
            if (!calendar.isWorkingDay(d)) {
                days.add(day(d, ExplainedDay.Status.SKIPPED, 0, restNote(d)));
                continue;
            }
            List<String> segments = new ArrayList<>();
            int used = 0;
            for (int k = 0; k < officeFrom.length && remaining > 0; k++) {
                int from = i == s ? Math.max(officeFrom[k], startMinute) : officeFrom[k];
                if (from >= officeTo[k]) {
                    continue;
                }
                int take = (int) Math.min(remaining, officeTo[k] - from);
                segments.add(hm(from) + "–" + hm(from + take));
                used += take;
                remaining -= take;
            }
            if (used == 0) {
                days.add(day(d, ExplainedDay.Status.SKIPPED, 0, "已过办公时间"));
                continue;
            }
            ordinal++;
            String note = "计 " + String.join("、", segments) + "（" + duration(used) + "）";
            days.add(day(d, ExplainedDay.Status.COUNTED, ordinal, "个办公日", join(countedNote(d), note)));
        }
        check(remaining == 0);
        return days;
    }

    private ExplainedDay day(LocalDate d, ExplainedDay.Status status, int ordinal, String note) {
        return day(d, status, ordinal, "个工作日", note);
    }

    private ExplainedDay day(LocalDate d, ExplainedDay.Status status, int ordinal, String unit, String note) {
        String text = status == ExplainedDay.Status.COUNTED ? "第" + ordinal + unit : status.chinese();
        return new ExplainedDay(d, CalendarCsv.weekday(d), calendar.typeOf(d), status, ordinal, text, note,
                calendar.isProvisional(d));
    }

    private String countedNote(LocalDate d) {
        return switch (calendar.typeOf(d)) {
            case MAKEUP_WORKDAY -> "调休上班（" + calendar.holidayName(d).orElse("") + "），计入";
            case REGIONAL_OFF -> "地方休息日（" + calendar.holidayName(d).orElse("")
                    + "），本窗口休息，但不属于法定节假日，仍计入";
            default -> "";
        };
    }

    private String restNote(LocalDate d) {
        return switch (calendar.typeOf(d)) {
            case WEEKEND -> "周末";
            case HOLIDAY -> calendar.holidayName(d).orElse("法定节假日");
            case REGIONAL_OFF -> "地方休息日（" + calendar.holidayName(d).orElse("") + "），按法定节假日不计入";
            default -> "";
        };
    }

    private static String suspendedNote(ClockStop c) {
        return "暂停：" + c.kind() + (c.reason().isBlank() ? "" : "（" + c.reason() + "）");
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "；" + b;
    }

    private static String hm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private static String duration(int minutes) {
        return (minutes / 60 > 0 ? minutes / 60 + "小时" : "") + (minutes % 60 > 0 ? minutes % 60 + "分钟" : "");
    }

    /** The explanation walks the days; it must agree with the O(1) computation it explains. */
    private static void check(boolean agrees) {
        if (!agrees) {
            throw new IllegalStateException("explanation disagrees with the computed due date");
        }
    }

    @Override
    public String toString() {
        return "DeadlineCalculator(" + calendar + ", cutoff " + settings.cutoff() + ", " + settings.officeHoursText()
                + ", " + Arrays.toString(officeFrom) + ")";
    }
}
