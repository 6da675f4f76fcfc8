package org.yichuang.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;

class DeadlineExplanationTest {
    private static final DeadlineCalculator CALC =
            new DeadlineCalculator(ShippedCalendar.calendar(), ClockSettings.standard());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the_worked_example_lists_every_day_with_its_ordinal_and_the_reason_it_was_skipped() {
        DeadlineExplanation e = CALC.explain(DeadlineInput.of(d("2025-09-26"), TimeLimit.workingDays(20)));
        assertThat(e.deadline().dueDate()).isEqualTo(d("2025-10-30"));
        assertThat(e.calendarVersion()).isEqualTo(1);
        assertThat(e.calendarSource()).contains("国办发明电〔2024〕12号");
        assertThat(e.days()).first().isEqualTo(new ExplainedDay(d("2025-09-27"), "周六", DayType.WEEKEND,
                ExplainedDay.Status.SKIPPED, 0, "不计", "周末", false));
        assertThat(e.days().get(1)).isEqualTo(new ExplainedDay(d("2025-09-28"), "周日", DayType.MAKEUP_WORKDAY,
                ExplainedDay.Status.COUNTED, 1, "第1个工作日", "调休上班（国庆节、中秋节），计入", false));
        assertThat(e.days()).filteredOn(x -> x.status() == ExplainedDay.Status.COUNTED).hasSize(20)
                .last().satisfies(x -> {
                    assertThat(x.date()).isEqualTo(d("2025-10-30"));
                    assertThat(x.ordinal()).isEqualTo(20);
                });
        assertThat(e.days()).filteredOn(x -> x.type() == DayType.HOLIDAY).hasSize(8)
                .allSatisfy(x -> assertThat(x.note()).isEqualTo("国庆节、中秋节"));
        String text = e.toChineseText();
        assertThat(text).contains("工作日历：第 1 版", "开始的当日不计入", "20个工作日",
                "2025-10-11 周六 第6个工作日 调休上班（国庆节、中秋节），计入", "2025-10-01 周三 不计 国庆节、中秋节",
                "截止：2025-10-30（周四）24:00");
    }

    @Test
    void suspensions_and_extensions_are_named_with_their_reasons() {
        DeadlineInput in = new DeadlineInput(d("2025-09-26").atTime(10, 0), TimeLimit.workingDays(20),
                List.of(new ClockStop("检验", d("2025-10-13"), d("2025-10-15"), "送检样品")),
                List.of(new ClockExtension(10, "情况复杂，经负责人批准")), null);
        DeadlineExplanation e = CALC.explain(in);
        assertThat(e.deadline()).isEqualTo(CALC.compute(in));
        assertThat(e.summary()).contains("暂停：检验 2025-10-13 至 2025-10-15（开始当日仍计入），理由：送检样品，其间 2 个工作日不计入",
                "延长10个工作日：情况复杂，经负责人批准（行政许可法第四十二条）");
        assertThat(e.days()).filteredOn(x -> x.status() == ExplainedDay.Status.SUSPENDED)
                .extracting(ExplainedDay::date, ExplainedDay::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d("2025-10-14"), "暂停：检验（送检样品）"),
                        org.assertj.core.groups.Tuple.tuple(d("2025-10-15"), "暂停：检验（送检样品）"));
        assertThat(e.days()).filteredOn(x -> x.status() == ExplainedDay.Status.COUNTED).last()
                .satisfies(x -> {
                    assertThat(x.ordinal()).isEqualTo(30);
                    assertThat(x.note()).isEqualTo("延长期限第10个工作日");
                    assertThat(x.date()).isEqualTo(e.deadline().dueDate());
                });
    }

    @Test
    void a_running_suspension_says_it_counts_up_to_today() {
        DeadlineInput in = new DeadlineInput(d("2025-09-26").atStartOfDay(), TimeLimit.workingDays(20),
                List.of(new ClockStop("鉴定", d("2025-10-13"), null, "")), List.of(), d("2025-10-20"));
        assertThat(CALC.explain(in).summary()).anySatisfy(l -> assertThat(l).contains("暂停：鉴定",
                "2025-10-20（仍在暂停中，计至今日）", "其间 5 个工作日不计入"));
    }

    @Test
    void provisional_years_are_marked_on_each_day_and_in_the_summary() {
        DeadlineExplanation e = CALC.explain(DeadlineInput.of(d("2026-12-28"), TimeLimit.workingDays(5)));
        assertThat(e.deadline().provisional()).isTrue();
        assertThat(e.summary()).anySatisfy(l -> assertThat(l).contains("注意：2027 年尚未公布放假安排，只按周末计算", "暂定"));
        assertThat(e.toChineseText()).contains("2027-01-01 周五 第4个工作日（暂定，未公布放假安排）",
                "2026-12-29 周二 第1个工作日\n");
    }

    @Test
    void regional_days_say_whether_they_count() {
        DeadlineCalculator counted = new DeadlineCalculator(WorkCalendarTest.withRegional(false),
                ClockSettings.standard());
        assertThat(counted.explain(DeadlineInput.of(d("2025-03-28"), TimeLimit.workingDays(1))).days())
                .last().satisfies(x -> assertThat(x.note()).isEqualTo(
                        "地方休息日（三月三），本窗口休息，但不属于法定节假日，仍计入"));
        DeadlineCalculator excluded = new DeadlineCalculator(WorkCalendarTest.withRegional(true),
                ClockSettings.standard());
        assertThat(excluded.explain(DeadlineInput.of(d("2025-03-28"), TimeLimit.workingDays(1))).toChineseText())
                .contains("2025-03-31 周一 不计 地方休息日（三月三），按法定节假日不计入", "2025-04-01 周二 第1个工作日");
    }

    @Test
    void a_natural_day_period_ending_on_a_holiday_says_it_moved() {
        DeadlineExplanation e = CALC.explain(DeadlineInput.of(d("2025-09-26"), new TimeLimit(5,
                LimitUnit.NATURAL_DAYS)));
        assertThat(e.deadline().dueDate()).isEqualTo(d("2025-10-09"));
        assertThat(e.toChineseText()).contains("2025-10-01 周三 第5日 国庆节、中秋节；期间最后一日",
                "2025-10-09 周四 顺延 最后一日 2025-10-01 是国庆节、中秋节，顺延至此日（民法典第二百零三条）");
    }

    @Test
    void an_hour_limit_lists_the_office_hours_it_used() {
        DeadlineExplanation e = CALC.explain(DeadlineInput.of(LocalDateTime.parse("2025-09-26T16:30"),
                new TimeLimit(4, LimitUnit.HOURS)));
        assertThat(e.toChineseText()).contains("2025-09-26 周五 第1个办公日 计 16:30–17:30（1小时）",
                "2025-09-27 周六 不计 周末", "2025-09-28 周日 第2个办公日 调休上班（国庆节、中秋节），计入；计 09:00–12:00（3小时）",
                "截止：2025-09-28（周日）12:00");
    }
}
