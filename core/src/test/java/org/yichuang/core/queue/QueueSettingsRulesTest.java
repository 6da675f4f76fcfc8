package org.yichuang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.Violation;
import org.yichuang.core.error.ErrorCode;

class QueueSettingsRulesTest {
    private static final List<IssuingWindow> DAY = List.of(new IssuingWindow(LocalTime.of(8, 30), LocalTime.of(11, 30)),
            new IssuingWindow(LocalTime.of(13, 30), LocalTime.of(17, 0)));

    private static QueueCategory general() {
        return new QueueCategory("GENERAL", "综合受理", 'A', List.of(), DAY, null, false, true);
    }

    private static QueueCategory property() {
        return new QueueCategory("PROPERTY", "不动产登记", 'B', List.of("11370100MB28449259"), DAY,
                new DailyCap(200, 180), true, true);
    }

    private static QueueSettings settings(List<QueueCategory> categories, List<CounterAssignment> assignments) {
        return new QueueSettings(categories, assignments, Set.of(PriorityReason.ELDERLY, PriorityReason.BOOKING),
                PriorityOrdering.FIRST_IN_CATEGORY, ElderlyPriority.NATIONAL, MissedCallPolicy.DEFAULT,
                QueueSettings.DEFAULT_HOLD, QueueSettings.DEFAULT_DAY_RESET, BookingPolicy.DEFAULT);
    }

    private static QueueSettings valid() {
        return settings(List.of(general(), property()), List.of(new CounterAssignment(1, "GENERAL", 1, false),
                new CounterAssignment(2, "PROPERTY", 3, false), new CounterAssignment(2, "GENERAL", 1, false)));
    }

    private static List<String> fields(QueueSettings s) {
        List<Violation> v = QueueSettingsRules.check(s);
        assertThat(v).allSatisfy(x -> assertThat(x.code()).isIn(ErrorCode.QUEUE_SETTINGS_INVALID,
                ErrorCode.FIELD_REQUIRED));
        return v.stream().map(Violation::field).toList();
    }

    @Test
    void a_sensible_hall_passes() {
        assertThat(QueueSettingsRules.check(valid())).isEmpty();
    }

    @Test
    void a_daily_cap_without_booking_is_unlawful() {
        QueueCategory capped = new QueueCategory("GENERAL", "综合受理", 'A', List.of(), DAY, new DailyCap(100, 90),
                false, true);
        List<Violation> v = QueueSettingsRules.check(settings(List.of(capped),
                List.of(new CounterAssignment(1, "GENERAL", 1, false))));
        assertThat(v).extracting(Violation::field).containsExactly("categories[0].cap");
        assertThat(v.get(0).message()).contains("未提供预约服务").contains("综合受理");
    }

    @Test
    void two_open_categories_with_one_letter_cannot_be_told_apart_on_the_board() {
        QueueCategory clash = new QueueCategory("TAX", "税务", 'A', List.of(), DAY, null, false, true);
        assertThat(fields(settings(List.of(general(), clash), List.of(new CounterAssignment(1, "GENERAL", 1, false),
                new CounterAssignment(1, "TAX", 1, false))))).containsExactly("categories[1].prefix");
    }

    @Test
    void a_category_no_counter_serves_and_an_assignment_to_a_missing_category_are_both_reported() {
        List<String> f = fields(settings(List.of(general(), property()),
                List.of(new CounterAssignment(1, "GENERAL", 1, false), new CounterAssignment(3, "NOPE", 1, false))));
        assertThat(f).containsExactlyInAnyOrder("assignments[1].categoryCode", "assignments");
    }

    @Test
    void windows_must_run_forward_in_order_and_the_day_reset_must_fall_outside_them() {
        QueueCategory bad = new QueueCategory("GENERAL", "综合受理", 'A', List.of(),
                List.of(new IssuingWindow(LocalTime.of(13, 0), LocalTime.of(17, 0)),
                        new IssuingWindow(LocalTime.of(12, 0), LocalTime.of(11, 0))), null, false, true);
        assertThat(fields(settings(List.of(bad), List.of(new CounterAssignment(1, "GENERAL", 1, false)))))
                .containsExactly("categories[0].windows[1]");
        QueueSettings resetAtNoon = new QueueSettings(List.of(general()),
                List.of(new CounterAssignment(1, "GENERAL", 1, false)), Set.of(), PriorityOrdering.FIRST_IN_CATEGORY,
                ElderlyPriority.NATIONAL, MissedCallPolicy.DEFAULT, QueueSettings.DEFAULT_HOLD, LocalTime.of(9, 0),
                BookingPolicy.DEFAULT);
        assertThat(QueueSettingsRules.check(resetAtNoon)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("09:00").contains("08:30–11:30"));
    }

    @Test
    void dedicated_priority_counters_need_at_least_one_such_counter() {
        QueueSettings s = valid();
        QueueSettings dedicated = new QueueSettings(s.categories(), s.assignments(), s.priority(),
                PriorityOrdering.DEDICATED_COUNTER, s.elderly(), s.missed(), s.holdTime(), s.dayReset(), s.booking());
        assertThat(fields(dedicated)).containsExactly("ordering");
    }

    @Test
    void every_bad_number_is_reported_in_one_pass() {
        QueueCategory c = new QueueCategory("general", "一二三四五六七八九十一二三", 'a', List.of(), List.of(),
                new DailyCap(0, 5), true, true);
        QueueSettings s = new QueueSettings(List.of(c), List.of(new CounterAssignment(1, "general", 11, false)),
                Set.of(), PriorityOrdering.FIRST_IN_CATEGORY, new ElderlyPriority(55),
                new MissedCallPolicy(0, Duration.ofHours(1), true), Duration.ZERO, LocalTime.of(3, 0),
                new BookingPolicy(6, Duration.ofHours(25), 0, java.time.Period.ofDays(30), java.time.Period.ZERO));
        assertThat(fields(s)).containsExactlyInAnyOrder("categories[0].code", "categories[0].name",
                "categories[0].prefix", "categories[0].windows", "categories[0].cap.limit", "assignments[0].weight",
                "elderly", "missed.minCalls", "missed.minWait", "holdTime", "booking.maxWorkingDaysAhead",
                "booking.cancelBefore", "booking.noShows");
    }
}
