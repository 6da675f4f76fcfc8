package org.yichuang.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;

/**
 * The O(1) computation against a naive reference that walks the days, over thousands of random starts, limits,
 * suspensions and extensions, on the shipped calendar and on one with regional days both ways.
 */
class DeadlinePropertyTest {
    private static final long SEED = 20250926L;

    @Test
    void the_prefix_array_computation_agrees_with_walking_the_days() {
        for (WorkCalendar calendar : List.of(ShippedCalendar.calendar(), WorkCalendarTest.withRegional(true),
                WorkCalendarTest.withRegional(false))) {
            DeadlineCalculator calc = new DeadlineCalculator(calendar, ClockSettings.standard());
            Random random = new Random(SEED);
            for (int i = 0; i < 4000; i++) {
                DeadlineInput in = randomInput(random, random.nextInt(4));
                LocalDate expected = naive(calendar, in);
                assertThat(calc.compute(in).dueDate()).as(in.toString()).isEqualTo(expected);
                if (i % 20 == 0) {
                    // the explanation walks the days itself and checks it agrees
                    assertThat(calc.explain(in).deadline().dueDate()).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void plain_working_day_counts_agree_with_walking_the_days_over_the_whole_supported_range() {
        WorkCalendar calendar = ShippedCalendar.calendar();
        Random random = new Random(SEED);
        for (int i = 0; i < 5000; i++) {
            LocalDate start = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(36000));
            int n = random.nextInt(400);
            LocalDate walked = start;
            for (int k = 0; k < n; ) {
                walked = walked.plusDays(1);
                if (working(calendar.schedule(), walked)) {
                    k++;
                }
            }
            assertThat(calendar.plusWorkingDays(start, n)).as(start + " + " + n).isEqualTo(walked);
            assertThat(calendar.workingDaysBetween(start, walked)).isEqualTo(n);
        }
    }

    @Test
    void hour_limits_agree_with_walking_the_office_minutes() {
        WorkCalendar calendar = ShippedCalendar.calendar();
        DeadlineCalculator calc = new DeadlineCalculator(calendar, ClockSettings.standard());
        Random random = new Random(SEED);
        for (int i = 0; i < 1500; i++) {
            LocalDateTime start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000)).atStartOfDay()
                    .plusMinutes(random.nextInt(24 * 60));
            int hours = random.nextInt(50);
            List<ClockStop> stops = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                LocalDate a = start.toLocalDate().plusDays(random.nextInt(5) - 1);
                stops.add(new ClockStop("现场勘验", a, a.plusDays(random.nextInt(6)), ""));
            }
            List<ClockExtension> ext = random.nextInt(5) == 0 ? List.of(new ClockExtension(1, "")) : List.of();
            DeadlineInput in = new DeadlineInput(start, new TimeLimit(hours, LimitUnit.HOURS), stops, ext, null);
            LocalDateTime walked = start;
            int remaining = hours * 60 + ext.size() * (7 * 60);
            while (remaining > 0) {
                walked = walked.plusMinutes(1);
                LocalDate day = walked.minusMinutes(1).toLocalDate();
                if (working(calendar.schedule(), day) && !stopped(in, day) && inOffice(walked.minusMinutes(1))) {
                    remaining--;
                }
            }
            assertThat(calc.compute(in).dueAt()).as(in.toString()).isEqualTo(walked);
            if (i % 10 == 0) {
                assertThat(calc.explain(in).deadline().dueAt()).isEqualTo(walked);
            }
        }
    }

    private static boolean inOffice(LocalDateTime minuteStart) {
        int m = minuteStart.getHour() * 60 + minuteStart.getMinute();
        return m >= 9 * 60 && m < 12 * 60 || m >= 13 * 60 + 30 && m < 17 * 60 + 30;
    }

    private static DeadlineInput randomInput(Random random, int stops) {
        LocalDate start = LocalDate.of(2023, 6, 1).plusDays(random.nextInt(4 * 365));
        LimitUnit unit = switch (random.nextInt(6)) {
            case 0 -> LimitUnit.NATURAL_DAYS;
            case 1 -> LimitUnit.MONTHS;
            default -> LimitUnit.WORKING_DAYS;
        };
        int n = unit == LimitUnit.MONTHS ? random.nextInt(13) : random.nextInt(70);
        List<ClockStop> list = new ArrayList<>();
        LocalDate cursor = start.minusDays(random.nextInt(10));
        for (int k = 0; k < stops; k++) {
            LocalDate a = cursor.plusDays(random.nextInt(40));
            LocalDate b = a.plusDays(random.nextInt(25));
            list.add(new ClockStop("检验", a, b, ""));
            cursor = b.plusDays(random.nextInt(3));
        }
        List<ClockExtension> ext = random.nextInt(4) == 0 ? List.of(new ClockExtension(1 + random.nextInt(15), ""))
                : List.of();
        if (!list.isEmpty() && random.nextBoolean()) {
            ClockStop last = list.remove(list.size() - 1);
            list.add(new ClockStop(last.kind(), last.start(), null, ""));
            return new DeadlineInput(start.atTime(9, 30), new TimeLimit(n, unit), list, ext, last.end());
        }
        return new DeadlineInput(start.atTime(9, 30), new TimeLimit(n, unit), list, ext, null);
    }

    /** The reference: walks day by day, straight from the schedule's entries. */
    static LocalDate naive(WorkCalendar calendar, DeadlineInput in) {
        CalendarSchedule schedule = calendar.schedule();
        LocalDate s = in.start().toLocalDate();
        int n = in.limit().value();
        LocalDate d = s;
        if (in.limit().unit() == LimitUnit.WORKING_DAYS) {
            int total = n + in.extensionDays();
            for (int k = 0; k < total; ) {
                d = d.plusDays(1);
                if (!stopped(in, d) && working(schedule, d)) {
                    k++;
                }
            }
            return d;
        }
        if (in.limit().unit() == LimitUnit.NATURAL_DAYS) {
            for (int k = 0; k < n; ) {
                d = d.plusDays(1);
                if (!stopped(in, d)) {
                    k++;
                }
            }
        } else {
            LocalDate plain = s.plusMonths(n);
            d = plain;
            // the natural days of stops between the start and the (moving) end are added one by one
            for (LocalDate x = s.plusDays(1); !x.isAfter(d); x = x.plusDays(1)) {
                if (stopped(in, x)) {
                    d = d.plusDays(1);
                }
            }
        }
        if (n > 0) {
            while (!working(schedule, d)) {
                d = d.plusDays(1);
            }
        }
        for (int k = 0; k < in.extensionDays(); ) {
            d = d.plusDays(1);
            if (working(schedule, d)) {
                k++;
            }
        }
        return d;
    }

    private static boolean stopped(DeadlineInput in, LocalDate d) {
        for (ClockStop c : in.stops()) {
            LocalDate end = c.end() == null ? (in.asOf().isBefore(c.start()) ? c.start() : in.asOf()) : c.end();
            if (d.isAfter(c.start()) && !d.isAfter(end)) {
                return true;
            }
        }
        return false;
    }

    static boolean working(CalendarSchedule schedule, LocalDate d) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        return schedule.entry(d).map(e -> switch (e.kind()) {
            case OFF -> false;
            case WORK -> true;
            case REGIONAL_OFF -> !weekend && !e.countsAsStatutory();
        }).orElse(!weekend);
    }
}
