package org.yichuang.core.calendar.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.yichuang.core.calendar.CalendarFileException;
import org.yichuang.core.calendar.CalendarSchedule;
import org.yichuang.core.calendar.CalendarVersion;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.DeadlineExplanation;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.DomainException;

/**
 * {@code ./yichuang deadline --from YYYY-MM-DD --working-days N [--calendar FILE]}: prints the due date as the first
 * line (ISO), then the explanation in Chinese. Bad input: a precise Chinese message on stderr, nothing on stdout,
 * exit code 2.
 */
public final class DeadlineCli {
    /** The largest working-day count accepted: ten years' worth is already absurd for an administrative period. */
    public static final int MAX_WORKING_DAYS = 3650;
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;

    private static final String USAGE = "用法：./yichuang deadline --from YYYY-MM-DD --working-days N [--calendar 文件.csv]";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+");

    private DeadlineCli() {
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command; returns 0, or {@value #BAD_INPUT} after writing the reason to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            String text = compute(args);
            out.print(text);
            out.flush();
            return 0;
        } catch (BadInput e) {
            err.println("错误：" + e.getMessage());
            return BAD_INPUT;
        } catch (DomainException e) {
            err.println("错误：" + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static String compute(String[] args) {
        String from = null;
        String days = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                value = null;
            }
            switch (name) {
                case "--from" -> from = require(name, value);
                case "--working-days" -> days = require(name, value);
                case "--calendar" -> file = require(name, value);
                default -> throw new BadInput("未知参数“" + a + "”。\n" + USAGE);
            }
        }
        if (from == null || days == null) {
            throw new BadInput("缺少 " + (from == null ? "--from" : "--working-days") + "。\n" + USAGE);
        }
        LocalDate start = date(from);
        int n = workingDays(days);
        WorkCalendar calendar = file == null ? ShippedCalendar.calendar() : load(Path.of(file));
        DeadlineCalculator calc = new DeadlineCalculator(calendar, ClockSettings.standard());
        DeadlineInput in = DeadlineInput.of(start, TimeLimit.workingDays(n));
        DeadlineExplanation explanation = calc.explain(in);
        return explanation.deadline().dueDate() + "\n" + explanation.toChineseText();
    }

    private static String require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInput(name + " 后面缺少取值。\n" + USAGE);
        }
        return value.strip();
    }

    private static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new BadInput("--from “" + text + "”不是 YYYY-MM-DD 格式的日期。");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInput("--from “" + text + "”这一天不存在。");
        }
    }

    private static int workingDays(String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw new BadInput("--working-days “" + text + "”不是整数；工作日数必须是 0 到 " + MAX_WORKING_DAYS + " 之间的整数。");
        }
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            n = Long.MAX_VALUE;
        }
        if (n < 0) {
            throw new BadInput("--working-days 不能为负数（" + text + "）；工作日数必须是 0 到 " + MAX_WORKING_DAYS + " 之间的整数。");
        }
        if (n > MAX_WORKING_DAYS) {
            throw new BadInput("--working-days " + text + " 过大；工作日数必须是 0 到 " + MAX_WORKING_DAYS
                    + " 之间的整数（约十年）。");
        }
        return (int) n;
    }

    private static WorkCalendar load(Path file) {
        CalendarSchedule schedule;
        try {
            schedule = CalendarFiles.read(file);
        } catch (CalendarFileException e) {
            throw new BadInput("日历文件“" + file + "”无法使用：" + e.getMessage());
        }
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            modified = Instant.EPOCH;
        }
        return new WorkCalendar(new CalendarVersion(1, "文件 " + file.toAbsolutePath(), modified), schedule);
    }

    /** Bad command-line input; the message is shown as it is. */
    private static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
