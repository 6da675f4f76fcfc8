package org.yichuang.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.TimeLimit;

class BundleScheduleTest {
    private static final DeadlineCalculator CALC = new DeadlineCalculator(ShippedCalendar.calendar(),
            ClockSettings.standard());
    /** Friday before 春节 2026: Saturday 02-14 is a 调休 working day, 02-15 … 02-23 are off. */
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2026, 2, 13, 10, 0);
    private static final List<TimeLimit> ONE_AND_THREE = List.of(TimeLimit.workingDays(1), TimeLimit.workingDays(3));

    private static ServiceBundle bundle(BundleRunMode mode, TimeLimit own) {
        return new ServiceBundle("B", "测试一件事", null, List.of("A", "C"), mode, own);
    }

    @Test
    void parallel_children_all_run_from_receipt_and_the_parent_is_due_with_the_last() {
        BundleSchedule.Plan plan = BundleSchedule.plan(bundle(BundleRunMode.PARALLEL, null), ONE_AND_THREE, FRIDAY,
                CALC);
        assertThat(plan.children()).extracting(BundleSchedule.ChildPlan::start).containsOnly(FRIDAY);
        // the 调休 Saturday counts as the first working day
        assertThat(plan.children()).extracting(c -> c.due().dueDate())
                .containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 25));
        assertThat(plan.parentDue().dueDate()).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void a_sequential_child_starts_on_the_previous_childs_due_day() {
        BundleSchedule.Plan plan = BundleSchedule.plan(bundle(BundleRunMode.SEQUENTIAL, null), ONE_AND_THREE, FRIDAY,
                CALC);
        assertThat(plan.children().get(1).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 14));
        // 02-24, 02-25, 02-26 after the 调休 Saturday
        assertThat(plan.children()).extracting(c -> c.due().dueDate())
                .containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 26));
        assertThat(plan.parentDue().dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void a_sequential_child_after_an_hour_limit_uses_the_rest_of_that_office_day() {
        List<TimeLimit> limits = List.of(new TimeLimit(2, LimitUnit.HOURS), new TimeLimit(2, LimitUnit.HOURS));
        BundleSchedule.Plan plan = BundleSchedule.plan(bundle(BundleRunMode.SEQUENTIAL, null), limits, FRIDAY, CALC);
        assertThat(plan.children()).extracting(c -> c.due().dueAt())
                .containsExactly(LocalDateTime.of(2026, 2, 13, 12, 0), LocalDateTime.of(2026, 2, 13, 15, 30));
    }

    @Test
    void the_bundles_own_half_day_binds_every_child_and_crosses_into_the_tiaoxiu_saturday() {
        TimeLimit halfDay = new TimeLimit(4, LimitUnit.HOURS);
        LocalDateTime late = LocalDateTime.of(2026, 2, 13, 16, 0);
        BundleSchedule.Plan plan = BundleSchedule.plan(bundle(BundleRunMode.SEQUENTIAL, halfDay), ONE_AND_THREE,
                late, CALC);
        // 90 office minutes left on Friday, the other 150 on the 调休 Saturday from 09:00
        LocalDateTime due = LocalDateTime.of(2026, 2, 14, 11, 30);
        assertThat(plan.children()).extracting(c -> c.due().dueAt()).containsOnly(due);
        assertThat(plan.children()).extracting(BundleSchedule.ChildPlan::limit).containsOnly(halfDay);
        assertThat(plan.parentDue().dueAt()).isEqualTo(due);
    }

    @Test
    void five_working_days_for_real_estate_skip_the_spring_festival() {
        BundleSchedule.Plan plan = BundleSchedule.plan(bundle(BundleRunMode.PARALLEL, TimeLimit.workingDays(5)),
                List.of(TimeLimit.workingDays(20), TimeLimit.workingDays(30)), FRIDAY, CALC);
        assertThat(plan.parentDue().dueDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(plan.children()).extracting(c -> c.due().dueDate()).containsOnly(LocalDate.of(2026, 2, 27));
    }

    @Test
    void the_parent_waits_for_its_least_advanced_open_child_and_is_done_when_all_are() {
        assertThat(BundleProgress.parentState(List.of(CaseState.IN_REVIEW, CaseState.NEEDS_SUPPLEMENT,
                CaseState.APPROVED))).isEqualTo(CaseState.NEEDS_SUPPLEMENT);
        assertThat(BundleProgress.parentState(List.of(CaseState.APPROVED, CaseState.DELIVERED)))
                .isEqualTo(CaseState.APPROVED);
        assertThat(BundleProgress.parentState(List.of(CaseState.DELIVERED, CaseState.DELIVERED)))
                .isEqualTo(CaseState.DELIVERED);
        assertThat(BundleProgress.parentState(List.of(CaseState.APPROVED, CaseState.REFUSED)))
                .isEqualTo(CaseState.REFUSED);
    }
}
