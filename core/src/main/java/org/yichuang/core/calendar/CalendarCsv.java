package org.yichuang.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yichuang.core.error.ErrorCode;

/**
 * Reads and writes the official schedule CSV: {@code date,kind,holiday[,counts_as_statutory]} with kind {@code off}
 * (法定节假日), {@code work} (调休上班) or {@code regional} (地方休息日); the fourth column defaults to {@code true}
 * for off and regional days. An optional header line starts with {@code date}; blank lines and lines starting with
 * {@code #} are ignored. Parsing reports every problem at once.
 */
public final class CalendarCsv {
    /** The header line written by {@link #format}. */
    public static final String HEADER = "date,kind,holiday,counts_as_statutory";

    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CalendarCsv() {
    }

    /** Parses a whole file's text; throws {@link CalendarFileException} listing every problem. */
    public static CalendarSchedule parse(String text) {
        List<CalendarProblem> problems = new ArrayList<>();
        CalendarSchedule schedule = parse(text, problems);
        if (!problems.isEmpty()) {
            throw new CalendarFileException(problems);
        }
        return schedule;
    }

    /** Returns every problem of a file's text; empty when it is valid. */
    public static List<CalendarProblem> check(String text) {
        List<CalendarProblem> problems = new ArrayList<>();
        parse(text, problems);
        return List.copyOf(problems);
    }

    /** Writes a schedule in the CSV format, header first, one entry per line. */
    public static String format(CalendarSchedule schedule) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (CalendarEntry e : schedule.entries()) {
            s.append(e.date()).append(',').append(e.kind().csv()).append(',').append(quote(e.holiday()))
                    .append(',').append(e.countsAsStatutory()).append('\n');
        }
        return s.toString();
    }

    private static CalendarSchedule parse(String text, List<CalendarProblem> problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<CalendarEntry> entries = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
        SortedMap<Integer, Integer> firstLineOfYear = new TreeMap<>();
        SortedMap<Integer, Boolean> yearHasOff = new TreeMap<>();
        boolean sawData = false;
        boolean sawEntry = false;
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String raw = lines[i].strip();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            if (!sawData && raw.toLowerCase(Locale.ROOT).startsWith("date")) {
                sawData = true;
                continue; // the header
            }
            sawData = true;
            sawEntry = true;
            Optional<CalendarEntry> parsed = parseLine(no, raw, problems);
            if (parsed.isEmpty()) {
                continue;
            }
            CalendarEntry e = parsed.get();
            CalendarEntry earlier = byDate.get(e.date());
            if (earlier != null) {
                int earlierLine = lineOf.get(e.date());
                if ((earlier.kind() == DayKind.WORK) != (e.kind() == DayKind.WORK)) {
                    problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_DAY_OFF_AND_WORK,
                            "日期 " + e.date() + " 在第 " + earlierLine + " 行是“" + label(earlier.kind())
                                    + "”，这里又是“" + label(e.kind()) + "”；同一天不能既休息又上班。"));
                } else {
                    problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_DATE_DUPLICATE,
                            "日期 " + e.date() + " 与第 " + earlierLine + " 行重复。"));
                }
                continue;
            }
            byDate.put(e.date(), e);
            lineOf.put(e.date(), no);
            entries.add(e);
            int year = e.date().getYear();
            firstLineOfYear.putIfAbsent(year, no);
            yearHasOff.merge(year, e.kind() == DayKind.OFF, Boolean::logicalOr);
        }
        if (!sawEntry) {
            problems.add(new CalendarProblem(0, ErrorCode.CALENDAR_LINE_MALFORMED, "文件中没有任何日期行。"));
        }
        yearHasOff.forEach((year, hasOff) -> {
            if (!hasOff) {
                problems.add(new CalendarProblem(firstLineOfYear.get(year), ErrorCode.CALENDAR_YEAR_WITHOUT_OFF_DAYS,
                        year + " 年只有调休上班或地方休息日，没有任何法定节假日（off），放假安排不完整。"));
            }
        });
        problems.sort(java.util.Comparator.comparingInt(CalendarProblem::line));
        return problems.isEmpty() ? CalendarSchedule.of(entries) : null;
    }

    private static Optional<CalendarEntry> parseLine(int no, String raw, List<CalendarProblem> problems) {
        String[] cols = split(raw);
        if (cols.length < 3 || cols.length > 4) {
            problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_LINE_MALFORMED,
                    "“" + raw + "”有 " + cols.length + " 列，应为 3 或 4 列：日期,类型,节日名称[,是否计为法定节假日]。"));
            return Optional.empty();
        }
        int before = problems.size();
        String dateText = cols[0].strip();
        LocalDate date = null;
        if (!ISO_SHAPE.matcher(dateText).matches()) {
            problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_DATE_IMPOSSIBLE,
                    "日期“" + dateText + "”不是 YYYY-MM-DD 格式。"));
        } else {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_DATE_IMPOSSIBLE,
                        "日期“" + dateText + "”不存在。"));
            }
        }
        if (date != null && (date.getYear() < WorkCalendar.MIN_YEAR || date.getYear() > WorkCalendar.MAX_YEAR)) {
            problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_DATE_OUT_OF_RANGE,
                    "日期 " + date + " 超出支持的范围（" + WorkCalendar.MIN_YEAR + "年至" + WorkCalendar.MAX_YEAR + "年）。"));
        }
        String kindText = cols[1].strip();
        Optional<DayKind> kind = DayKind.fromCsv(kindText);
        if (kind.isEmpty()) {
            problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_KIND_UNKNOWN,
                    "类型“" + kindText + "”无法识别，只能是 off（法定节假日）、work（调休上班）或 regional（地方休息日）。"));
        }
        String holiday = cols[2].strip();
        if (holiday.isEmpty()) {
            problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_HOLIDAY_NAME_MISSING,
                    "第三列节日名称为空，请填写所属节日（如 春节、国庆节）。"));
        }
        boolean counts = kind.map(k -> k != DayKind.WORK).orElse(true);
        if (cols.length == 4 && !cols[3].isBlank()) {
            String flag = cols[3].strip().toLowerCase(Locale.ROOT);
            if (!flag.equals("true") && !flag.equals("false")) {
                problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_STATUTORY_FLAG_INVALID,
                        "第四列“" + cols[3].strip() + "”只能是 true 或 false。"));
            } else if (kind.orElse(null) == DayKind.WORK && flag.equals("true")) {
                problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_STATUTORY_FLAG_INVALID,
                        "调休上班日不能计为法定节假日（第四列应为 false 或留空）。"));
            } else if (kind.orElse(null) != DayKind.WORK) {
                counts = flag.equals("true");
            }
        }
        if (date != null && kind.orElse(null) == DayKind.WORK && !isWeekend(date)) {
            problems.add(new CalendarProblem(no, ErrorCode.CALENDAR_MAKEUP_ON_WEEKDAY,
                    "调休上班日 " + date + " 是" + weekday(date) + "，本来就是工作日；调休上班日必须是周六或周日。"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CalendarEntry(date, kind.get(), holiday, counts));
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /**
     * Splits one line at commas; a field may be quoted ("…", with "" for a quote inside) as spreadsheets write it when
     * it holds a comma.
     */
    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    /** Whether the date is a Saturday or a Sunday. */
    public static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    /** Returns 周一 … 周日. */
    public static String weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> "周一";
            case TUESDAY -> "周二";
            case WEDNESDAY -> "周三";
            case THURSDAY -> "周四";
            case FRIDAY -> "周五";
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
        };
    }

    private static String label(DayKind k) {
        return switch (k) {
            case OFF -> "法定节假日（off）";
            case WORK -> "调休上班（work）";
            case REGIONAL_OFF -> "地方休息日（regional）";
        };
    }
}
