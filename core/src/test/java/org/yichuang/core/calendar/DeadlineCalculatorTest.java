package org.yichuang.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

class DeadlineCalculatorTest {
    private static final WorkCalendar SHIPPED = ShippedCalendar.calendar();
    private static final DeadlineCalculator CALC = new DeadlineCalculator(SHIPPED, ClockSettings.standard());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static DeadlineInput wd(String start, int n, List<ClockStop> stops, List<ClockExtension> ext,
                                    String asOf) {
        return new DeadlineInput(d(start).atTime(10, 0), TimeLimit.workingDays(n), stops, ext,
                asOf == null ? null : d(asOf));
    }

    @Test
    void twenty_working_days_from_the_worked_example_end_at_24_00_of_october_30() {
        Deadline due = CALC.compute(DeadlineInput.of(t("2025-09-26T10:15"), TimeLimit.workingDays(20)));
        assertThat(due).isEqualTo(new Deadline(d("2025-10-30"), t("2025-10-31T00:00"), false, 1));
        assertThat(due.toChineseText()).isEqualTo("2025-10-30 24:00");
    }

    @Test
    void a_cut_off_time_ends_the_due_day_at_close_of_business() {
        DeadlineCalculator c = new DeadlineCalculator(SHIPPED, ClockSettings.of(LocalTime.of(17, 30),
                ClockSettings.DEFAULT_OFFICE_HOURS));
        Deadline due = c.compute(DeadlineInput.of(d("2025-09-26"), TimeLimit.workingDays(20)));
        assertThat(due.dueAt()).isEqualTo(t("2025-10-30T17:30"));
        assertThat(due.isOverdue(t("2025-10-30T17:30"))).isFalse();
        assertThat(due.isOverdue(t("2025-10-30T17:31"))).isTrue();
    }

    @Test
    void an_ended_suspension_skips_its_working_days() {
        // (10-13, 10-15]: 10-14 and 10-15 do not count, so the due date moves by two working days
        ClockStop test = new ClockStop("检验", d("2025-10-13"), d("2025-10-15"), "送检样品");
        assertThat(CALC.compute(wd("2025-09-26", 20, List.of(test), List.of(), null)).dueDate())
                .isEqualTo(d("2025-11-03"));
    }

    @Test
    void a_running_suspension_counts_up_to_today() {
        ClockStop test = new ClockStop("鉴定", d("2025-10-13"), null, "");
        assertThat(CALC.compute(wd("2025-09-26", 20, List.of(test), List.of(), "2025-10-20")).dueDate())
                .isEqualTo(d("2025-11-06"));
        assertThat(CALC.compute(wd("2025-09-26", 20, List.of(test), List.of(), "2025-10-13")).dueDate())
                .isEqualTo(d("2025-10-30"));
    }

    @Test
    void a_suspension_after_the_due_date_does_not_move_it_and_one_before_the_start_only_counts_its_tail() {
        ClockStop late = new ClockStop("听证", d("2025-10-30"), d("2025-11-20"), "");
        assertThat(CALC.compute(wd("2025-09-26", 20, List.of(late), List.of(), null)).dueDate())
                .isEqualTo(d("2025-10-30"));
        ClockStop early = new ClockStop("听证", d("2025-09-20"), d("2025-09-29"), "");
        // (09-26, 09-29] holds 09-28 (make-up) and 09-29: two working days
        assertThat(CALC.compute(wd("2025-09-26", 20, List.of(early), List.of(), null)).dueDate())
                .isEqualTo(SHIPPED.plusWorkingDays(d("2025-10-30"), 2));
    }

    @Test
    void an_extension_adds_working_days() {
        ClockExtension ten = new ClockExtension(10, "情况复杂");
        assertThat(CALC.compute(wd("2025-09-26", 20, List.of(), List.of(ten), null)).dueDate())
                .isEqualTo(d("2025-11-13"));
    }

    @Test
    void two_suspensions_and_an_extension_combine() {
        ClockStop a = new ClockStop("检验", d("2025-10-13"), d("2025-10-15"), "");
        ClockStop b = new ClockStop("专家评审", d("2025-10-20"), d("2025-10-21"), "");
        ClockExtension ten = new ClockExtension(10, "");
        // 20 + 10 working days, minus 2 + 1 stopped ones: 10-30 + 13 working days
        assertThat(CALC.compute(wd("2025-09-26", 20, List.of(b, a), List.of(ten), null)).dueDate())
                .isEqualTo(SHIPPED.plusWorkingDays(d("2025-10-30"), 13));
    }

    @Test
    void inverted_and_overlapping_suspensions_are_refused() {
        ClockStop inverted = new ClockStop("检验", d("2025-10-15"), d("2025-10-13"), "");
        assertThatThrownBy(() -> CALC.compute(wd("2025-09-26", 20, List.of(inverted), List.of(), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CLOCK_STOP_INVERTED);
                    assertThat(e.getMessage()).contains("检验", "2025-10-13", "2025-10-15");
                });
        ClockStop a = new ClockStop("检验", d("2025-10-13"), d("2025-10-17"), "");
        ClockStop b = new ClockStop("鉴定", d("2025-10-16"), d("2025-10-20"), "");
        assertThatThrownBy(() -> CALC.compute(wd("2025-09-26", 20, List.of(b, a), List.of(), null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CLOCK_STOP_OVERLAP));
    }

    @Test
    void natural_days_add_the_suspended_days_and_move_off_a_holiday() {
        TimeLimit thirty = new TimeLimit(30, LimitUnit.NATURAL_DAYS);
        assertThat(CALC.compute(DeadlineInput.of(d("2025-09-01"), thirty)).dueDate()).isEqualTo(d("2025-10-09"));
        ClockStop stop = new ClockStop("检测", d("2025-09-10"), d("2025-09-15"), "");
        // 09-01 + 30 + 5 = 10-06 (国庆) → 10-09
        assertThat(CALC.compute(new DeadlineInput(d("2025-09-01").atStartOfDay(), thirty, List.of(stop), List.of(),
                null)).dueDate()).isEqualTo(d("2025-10-09"));
        TimeLimit sixty = new TimeLimit(60, LimitUnit.NATURAL_DAYS);
        assertThat(CALC.compute(new DeadlineInput(d("2025-09-01").atStartOfDay(), sixty, List.of(stop), List.of(),
                null)).dueDate()).isEqualTo(d("2025-11-05"));
    }

    @Test
    void months_use_the_month_end_rule_and_extensions_add_working_days_after_it() {
        TimeLimit one = new TimeLimit(1, LimitUnit.MONTHS);
        assertThat(CALC.compute(DeadlineInput.of(d("2025-01-31"), one)).dueDate()).isEqualTo(d("2025-02-28"));
        assertThat(CALC.compute(new DeadlineInput(d("2025-01-31").atStartOfDay(), one, List.of(),
                List.of(new ClockExtension(1, "")), null)).dueDate()).isEqualTo(d("2025-03-03"));
        assertThat(CALC.compute(DeadlineInput.of(d("2025-09-01"), one)).dueDate()).isEqualTo(d("2025-10-09"));
    }

    @Test
    void hours_skip_the_lunch_break() {
        Deadline due = CALC.compute(DeadlineInput.of(t("2025-09-26T11:00"), new TimeLimit(2, LimitUnit.HOURS)));
        assertThat(due.dueAt()).isEqualTo(t("2025-09-26T14:30"));
        assertThat(due.dueDate()).isEqualTo(d("2025-09-26"));
        assertThat(due.toChineseText()).isEqualTo("2025-09-26 14:30");
    }

    @Test
    void hours_run_overnight_into_the_next_working_day() {
        // 16:30–17:30 on Friday, then the make-up Sunday 09:00–12:00
        assertThat(CALC.compute(DeadlineInput.of(t("2025-09-26T16:30"), new TimeLimit(4, LimitUnit.HOURS))).dueAt())
                .isEqualTo(t("2025-09-28T12:00"));
        // after hours on the eve of 国庆: all of it on 10-09
        assertThat(CALC.compute(DeadlineInput.of(t("2025-09-30T18:00"), new TimeLimit(3, LimitUnit.HOURS))).dueAt())
                .isEqualTo(t("2025-10-09T12:00"));
        // before opening: from 09:00
        assertThat(CALC.compute(DeadlineInput.of(t("2025-09-26T07:00"), new TimeLimit(7, LimitUnit.HOURS))).dueAt())
                .isEqualTo(t("2025-09-26T17:30"));
        assertThat(CALC.compute(DeadlineInput.of(t("2025-09-26T07:00"), new TimeLimit(16, LimitUnit.HOURS))).dueAt())
                .isEqualTo(t("2025-09-29T11:00"));
    }

    @Test
    void remaining_working_days_count_down_to_zero_on_the_due_day_and_go_negative_after_it() {
        Deadline due = CALC.compute(DeadlineInput.of(d("2025-09-26"), TimeLimit.workingDays(20)));
        assertThat(CALC.remainingWorkingDays(d("2025-09-26"), due)).isEqualTo(20);
        assertThat(CALC.remainingWorkingDays(d("2025-10-29"), due)).isEqualTo(1);
        assertThat(CALC.remainingWorkingDays(d("2025-10-30"), due)).isEqualTo(0);
        assertThat(CALC.remainingWorkingDays(d("2025-10-31"), due)).isEqualTo(-1);
        assertThat(CALC.remainingWorkingDays(d("2025-11-03"), due)).isEqualTo(-2);
    }

    @Test
    void a_deadline_reaching_an_unpublished_year_is_provisional() {
        Deadline due = CALC.compute(DeadlineInput.of(d("2026-12-20"), TimeLimit.workingDays(20)));
        assertThat(due.provisional()).isTrue();
        assertThat(due.toChineseText()).endsWith("（暂定，未公布放假安排）");
        assertThat(CALC.compute(DeadlineInput.of(d("2026-11-20"), TimeLimit.workingDays(20))).provisional()).isFalse();
    }

    @Test
    void limits_beyond_2100_are_refused_with_a_clear_code_in_every_unit() {
        for (LimitUnit unit : LimitUnit.values()) {
            assertThatThrownBy(() -> CALC.compute(DeadlineInput.of(d("2025-01-01"), new TimeLimit(Integer.MAX_VALUE,
                    unit)))).as(unit.name()).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CALENDAR_DATE_OUT_OF_RANGE));
        }
    }

    @Test
    void the_notice_period_of_the_received_incomplete_example_ends_october_10() {
        assertThat(CALC.compute(DeadlineInput.of(t("2025-09-26T15:00"), TimeLimit.workingDays(5))).dueDate())
                .isEqualTo(d("2025-10-10"));
    }
}
