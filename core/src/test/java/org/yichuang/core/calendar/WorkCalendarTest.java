package org.yichuang.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class WorkCalendarTest {
    private static final WorkCalendar SHIPPED = ShippedCalendar.calendar();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} + {1} WD = {2}")
    @CsvSource({
            "2025-09-26, 20, 2025-10-30",
            "2025-09-30, 5, 2025-10-14",
            "2026-02-13, 5, 2026-02-27",
            "2026-02-13, 20, 2026-03-19",
            "2025-12-31, 3, 2026-01-06",
            "2025-09-26, 5, 2025-10-10",
    })
    void every_worked_example_of_rules_6_5_is_met(String start, int n, String due) {
        assertThat(SHIPPED.plusWorkingDays(d(start), n)).isEqualTo(d(due));
    }

    @Test
    void the_first_worked_example_counts_the_make_up_sunday_and_saturday_and_skips_the_national_holiday() {
        assertThat(SHIPPED.typeOf(d("2025-09-28"))).isEqualTo(DayType.MAKEUP_WORKDAY);
        assertThat(SHIPPED.typeOf(d("2025-10-11"))).isEqualTo(DayType.MAKEUP_WORKDAY);
        assertThat(SHIPPED.isWorkingDay(d("2025-09-28"))).isTrue();
        for (LocalDate x = d("2025-10-01"); !x.isAfter(d("2025-10-08")); x = x.plusDays(1)) {
            assertThat(SHIPPED.isWorkingDay(x)).as(x.toString()).isFalse();
            assertThat(SHIPPED.typeOf(x)).isEqualTo(DayType.HOLIDAY);
            assertThat(SHIPPED.holidayName(x)).contains("国庆节、中秋节");
        }
        assertThat(SHIPPED.workingDaysBetween(d("2025-09-26"), d("2025-10-30"))).isEqualTo(20);
    }

    @Test
    void there_are_248_working_days_in_2025_and_in_2026() {
        assertThat(SHIPPED.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(248);
        assertThat(SHIPPED.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(248);
    }

    @Test
    void weekends_and_workdays_have_their_types_and_no_holiday_name() {
        assertThat(SHIPPED.typeOf(d("2025-09-27"))).isEqualTo(DayType.WEEKEND);
        assertThat(SHIPPED.typeOf(d("2025-09-26"))).isEqualTo(DayType.WORKDAY);
        assertThat(SHIPPED.holidayName(d("2025-09-26"))).isEmpty();
        assertThat(SHIPPED.typeOf(d("2026-02-14"))).isEqualTo(DayType.MAKEUP_WORKDAY);
        assertThat(SHIPPED.holidayName(d("2026-02-14"))).contains("春节");
    }

    @Test
    void the_start_day_is_not_counted_and_zero_days_end_on_the_start() {
        assertThat(SHIPPED.plusWorkingDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28"));
        assertThat(SHIPPED.plusWorkingDays(d("2025-09-27"), 0)).isEqualTo(d("2025-09-27"));
        assertThat(SHIPPED.workingDaysBetween(d("2025-10-30"), d("2025-09-26"))).isEqualTo(-20);
    }

    @Test
    void the_next_working_day_on_or_after_skips_weekends_and_holidays() {
        assertThat(SHIPPED.nextWorkingDayOnOrAfter(d("2025-10-01"))).isEqualTo(d("2025-10-09"));
        assertThat(SHIPPED.nextWorkingDayOnOrAfter(d("2025-10-09"))).isEqualTo(d("2025-10-09"));
        assertThat(SHIPPED.nextWorkingDayOnOrAfter(d("2025-09-27"))).isEqualTo(d("2025-09-28"));
        assertThat(SHIPPED.nextWorkingDayOnOrAfter(d("2000-01-01"))).isEqualTo(d("2000-01-03"));
    }

    @Test
    void natural_days_ending_on_a_holiday_move_to_the_next_working_day() {
        assertThat(SHIPPED.plusNaturalDays(d("2025-09-26"), 5)).isEqualTo(d("2025-10-09"));
        assertThat(SHIPPED.plusNaturalDays(d("2025-09-26"), 2)).isEqualTo(d("2025-09-28")); // a make-up Sunday
        assertThat(SHIPPED.plusNaturalDays(d("2025-09-26"), 1)).isEqualTo(d("2025-09-28")); // Saturday moves
        assertThat(SHIPPED.plusNaturalDays(d("2026-01-20"), 30)).isEqualTo(d("2026-02-19").plusDays(5)); // 春节 → 02-24
    }

    @Test
    void months_follow_the_corresponding_day_or_the_month_end_and_move_off_rest_days() {
        assertThat(SHIPPED.plusMonths(d("2025-01-31"), 1)).isEqualTo(d("2025-02-28"));
        assertThat(SHIPPED.plusMonths(d("2024-01-31"), 1)).isEqualTo(d("2024-02-29"));
        assertThat(SHIPPED.plusMonths(d("2025-09-01"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(SHIPPED.plusMonths(d("2025-03-15"), 3)).isEqualTo(d("2025-06-16")); // Sunday 06-15 → Monday
        assertThat(SHIPPED.plusMonths(d("2025-08-31"), 1)).isEqualTo(d("2025-09-30"));
    }

    @Test
    void a_year_without_a_published_schedule_is_weekends_only_and_provisional() {
        assertThat(SHIPPED.isProvisional(d("2027-01-01"))).isTrue();
        assertThat(SHIPPED.isProvisional(d("2026-12-31"))).isFalse();
        assertThat(SHIPPED.isProvisional(d("2023-12-31"))).isTrue();
        assertThat(SHIPPED.typeOf(d("2027-01-01"))).isEqualTo(DayType.WORKDAY);
        assertThat(SHIPPED.plusWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
        assertThat(SHIPPED.anyProvisional(d("2026-12-20"), d("2027-01-20"))).isTrue();
        assertThat(SHIPPED.anyProvisional(d("2025-12-20"), d("2026-01-20"))).isFalse();
        assertThat(SHIPPED.workingDaysBetween(d("2026-12-31"), d("2027-12-31"))).isEqualTo(261);
    }

    @Test
    void a_statutory_regional_day_is_excluded_like_a_holiday() {
        WorkCalendar c = withRegional(true);
        assertThat(c.typeOf(d("2025-03-31"))).isEqualTo(DayType.REGIONAL_OFF);
        assertThat(c.isWorkingDay(d("2025-03-31"))).isFalse();
        assertThat(c.isHallOpen(d("2025-03-31"))).isFalse();
        assertThat(c.plusWorkingDays(d("2025-03-28"), 1)).isEqualTo(d("2025-04-01"));
    }

    @Test
    void a_regional_day_that_is_not_statutory_closes_the_hall_but_still_counts() {
        WorkCalendar c = withRegional(false);
        assertThat(c.typeOf(d("2025-03-31"))).isEqualTo(DayType.REGIONAL_OFF);
        assertThat(c.isWorkingDay(d("2025-03-31"))).isTrue();
        assertThat(c.isHallOpen(d("2025-03-31"))).isFalse();
        assertThat(c.plusWorkingDays(d("2025-03-28"), 1)).isEqualTo(d("2025-03-31"));
        assertThat(c.holidayName(d("2025-03-31"))).contains("三月三");
    }

    @Test
    void published_years_can_be_given_explicitly() {
        WorkCalendar c = new WorkCalendar(ShippedCalendar.VERSION, ShippedCalendar.load(), Set.of(2025));
        assertThat(c.isProvisional(d("2026-05-01"))).isTrue();
        assertThat(c.isProvisional(d("2025-05-01"))).isFalse();
        assertThat(c.publishedYears()).containsExactly(2025);
    }

    @Test
    void dates_outside_2000_to_2100_are_refused_with_a_clear_code() {
        assertThatThrownBy(() -> SHIPPED.isWorkingDay(d("1999-12-31")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CALENDAR_DATE_OUT_OF_RANGE);
                    assertThat(e.getMessage()).contains("1999-12-31", "2000", "2100");
                });
        assertThatThrownBy(() -> SHIPPED.plusWorkingDays(d("2100-12-01"), 100))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CALENDAR_DATE_OUT_OF_RANGE));
        assertThatThrownBy(() -> SHIPPED.plusWorkingDays(d("2025-01-01"), -1))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DEADLINE_WORKING_DAYS_INVALID));
    }

    static WorkCalendar withRegional(boolean statutory) {
        CalendarSchedule base = ShippedCalendar.load();
        List<CalendarEntry> entries = new java.util.ArrayList<>(base.entries());
        entries.add(CalendarEntry.regional(d("2025-03-31"), "三月三", statutory)); // a Monday
        return new WorkCalendar(new CalendarVersion(2, "广西壮族自治区", Instant.parse("2025-01-01T00:00:00Z")),
                new CalendarSchedule(entries, base.years()));
    }
}
