package org.yichuang.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.io.ShippedCalendar;

class AlertPolicyTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The shipped schedule: 国庆 2025 (RULES.md §6.2) is 10-01…10-08 off, Sun 09-28 and Sat 10-11 working days. */
    private static final WorkingDayCounter DAYS_2025 = ShippedCalendar.calendar()::workingDaysBetween;

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** The end of a due day stored as the next day's 00:00 (24:00). */
    private static Instant endOf(String date) {
        return d(date).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    private static Instant at(String date, String time) {
        return d(date).atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }

    private static AlertFacts running(String accepted, String promised, String legal) {
        return new AlertFacts(ClockPhase.RUNNING, at(accepted, "10:00"), endOf(promised), endOf(legal), null, null,
                null);
    }

    private static AlertAssessment assess(AlertThresholds thresholds, AlertFacts facts, Instant now) {
        return new AlertPolicy(thresholds).assess(facts, now, SHANGHAI, DAYS_2025);
    }

    @Test
    void the_warning_starts_on_the_day_when_exactly_the_configured_working_days_are_left() {
        // accepted 09-30, promised 5 WD = 10-14 (RULES.md §6.5): 10-09, 10-10, Sat 10-11, 10-13, 10-14
        AlertFacts facts = running("2025-09-30", "2025-10-14", "2025-10-28");
        AlertThresholds twoDays = new AlertThresholds(2, 100);

        AlertAssessment friday = assess(twoDays, facts, at("2025-10-10", "09:00"));
        AlertAssessment saturday = assess(twoDays, facts, at("2025-10-11", "00:00"));

        assertThat(friday.level()).isEqualTo(AlertLevel.NONE);
        assertThat(friday.remainingWorkingDays()).isEqualTo(3);
        assertThat(saturday.level()).isEqualTo(AlertLevel.WARNING);
        assertThat(saturday.remainingWorkingDays()).isEqualTo(2);
        assertThat(saturday.reason()).isEqualTo("距承诺办结期限（2025-10-14）还剩 2 个工作日");
    }

    @Test
    void holidays_do_not_count_as_days_left() {
        AlertFacts facts = running("2025-09-30", "2025-10-14", "2025-10-28");

        AlertAssessment holiday = assess(new AlertThresholds(4, 100), facts, at("2025-10-03", "12:00"));

        // 10-03 … 10-08 are off: still 10-09, 10-10, 10-11, 10-13, 10-14 left
        assertThat(holiday.remainingWorkingDays()).isEqualTo(5);
        assertThat(holiday.level()).isEqualTo(AlertLevel.NONE);
    }

    @Test
    void the_used_share_warns_at_exactly_the_configured_percent_of_the_promised_working_days() {
        // accepted 09-26, promised 20 WD = 10-30; 80 % = 16 used = 10-24
        AlertFacts facts = running("2025-09-26", "2025-10-30", "2025-11-27");
        AlertThresholds eightyPercent = new AlertThresholds(0, 80);

        AlertAssessment day15 = assess(eightyPercent, facts, at("2025-10-23", "16:00"));
        AlertAssessment day16 = assess(eightyPercent, facts, at("2025-10-24", "08:00"));

        assertThat(day15.level()).isEqualTo(AlertLevel.NONE);
        assertThat(day15.reason()).isEqualTo("在承诺期限内，还剩 5 个工作日");
        assertThat(day16.level()).isEqualTo(AlertLevel.WARNING);
        assertThat(day16.reason()).isEqualTo("已用承诺时限的 80%（16/20 个工作日）");
    }

    @Test
    void the_promised_due_date_turns_yellow_just_after_24_00_of_the_due_day_whichever_way_24_00_is_stored() {
        AlertFacts nextMidnight = running("2025-09-26", "2025-10-30", "2025-11-27");
        AlertFacts lastMicro = new AlertFacts(ClockPhase.RUNNING, at("2025-09-26", "10:00"),
                at("2025-10-30", "23:59:59.999999"), endOf("2025-11-27"), null, null, null);
        AlertThresholds t = AlertThresholds.DEFAULT;

        AlertAssessment lastMoment = assess(t, nextMidnight, at("2025-10-30", "23:59:59.999"));
        AlertAssessment atMidnight = assess(t, nextMidnight, at("2025-10-31", "00:00"));
        AlertAssessment midnight = assess(t, nextMidnight, at("2025-10-31", "00:00:00.000001"));
        AlertAssessment midnightOther = assess(t, lastMicro, at("2025-10-31", "00:00:00.000001"));

        assertThat(lastMoment.level()).isEqualTo(AlertLevel.WARNING);
        assertThat(lastMoment.reason()).isEqualTo("今日为承诺办结期限（2025-10-30）");
        assertThat(lastMoment.remainingWorkingDays()).isZero();
        // an act at 24:00 itself is in time (Deadline.isOverdue)
        assertThat(atMidnight.level()).isEqualTo(AlertLevel.WARNING);
        assertThat(atMidnight.reason()).isEqualTo("承诺办结期限（2025-10-30）届满");
        assertThat(midnight.level()).isEqualTo(AlertLevel.YELLOW);
        assertThat(midnight.reason()).isEqualTo("已超过承诺办结期限（2025-10-30）");
        assertThat(midnightOther.level()).isEqualTo(AlertLevel.YELLOW);
        assertThat(midnightOther.reason()).isEqualTo("已超过承诺办结期限（2025-10-30）");
    }

    @Test
    void a_cut_off_at_close_of_business_ends_the_due_day_at_that_time() {
        AlertFacts facts = new AlertFacts(ClockPhase.RUNNING, at("2025-09-26", "10:00"), at("2025-10-30", "17:30"),
                at("2025-11-27", "17:30"), null, null, null);

        assertThat(assess(AlertThresholds.DEFAULT, facts, at("2025-10-30", "17:29:59")).level())
                .isEqualTo(AlertLevel.WARNING);
        assertThat(assess(AlertThresholds.DEFAULT, facts, at("2025-10-30", "17:30")).level())
                .isEqualTo(AlertLevel.WARNING);
        assertThat(assess(AlertThresholds.DEFAULT, facts, at("2025-10-30", "17:30:00.001")).level())
                .isEqualTo(AlertLevel.YELLOW);
    }

    @Test
    void remaining_days_go_negative_by_the_working_days_after_the_due_date() {
        AlertFacts facts = running("2025-09-26", "2025-10-30", "2025-11-27");

        AlertAssessment friday = assess(AlertThresholds.DEFAULT, facts, at("2025-10-31", "09:00"));
        AlertAssessment saturday = assess(AlertThresholds.DEFAULT, facts, at("2025-11-01", "09:00"));
        AlertAssessment monday = assess(AlertThresholds.DEFAULT, facts, at("2025-11-03", "09:00"));

        assertThat(friday.remainingWorkingDays()).isEqualTo(-1);
        assertThat(saturday.remainingWorkingDays()).isEqualTo(-1);
        assertThat(monday.remainingWorkingDays()).isEqualTo(-2);
        assertThat(monday.level()).isEqualTo(AlertLevel.YELLOW);
    }

    @Test
    void the_statutory_due_date_passing_is_red_and_outranks_everything_else() {
        AlertFacts facts = new AlertFacts(ClockPhase.RUNNING, at("2025-09-26", "10:00"), endOf("2025-10-30"),
                endOf("2025-11-27"), endOf("2025-10-10"), "初审", null);

        AlertAssessment lastDay = assess(AlertThresholds.DEFAULT, facts, at("2025-11-27", "23:00"));
        AlertAssessment after = assess(AlertThresholds.DEFAULT, facts, at("2025-11-28", "00:00:01"));

        assertThat(lastDay.level()).isEqualTo(AlertLevel.YELLOW);
        assertThat(after.level()).isEqualTo(AlertLevel.RED);
        assertThat(after.reason()).isEqualTo("已超过法定办结期限（2025-11-27）");
    }

    @Test
    void an_overdue_step_is_yellow_long_before_the_promised_due_date() {
        AlertFacts facts = new AlertFacts(ClockPhase.RUNNING, at("2025-09-26", "10:00"), endOf("2025-10-30"),
                endOf("2025-11-27"), endOf("2025-09-30"), "初审", null);

        AlertAssessment onTime = assess(AlertThresholds.DEFAULT, facts, at("2025-09-30", "18:00"));
        AlertAssessment late = assess(AlertThresholds.DEFAULT, facts, at("2025-10-09", "09:00"));

        assertThat(onTime.level()).isEqualTo(AlertLevel.NONE);
        assertThat(late.level()).isEqualTo(AlertLevel.YELLOW);
        assertThat(late.reason()).isEqualTo("当前环节「初审」已超过环节时限（2025-09-30）");
    }

    @Test
    void a_stopped_clock_is_judged_as_of_the_moment_it_stopped_so_time_passing_cannot_worsen_it() {
        Instant stopped = at("2025-10-20", "10:00"); // 8 working days left: NONE
        AlertFacts facts = new AlertFacts(ClockPhase.STOPPED, at("2025-09-26", "10:00"), endOf("2025-10-30"),
                endOf("2025-11-27"), null, null, stopped);
        AlertFacts sameRunning = new AlertFacts(ClockPhase.RUNNING, facts.acceptedAt(), facts.promisedDueAt(),
                facts.legalDueAt(), null, null, null);
        Instant muchLater = at("2025-12-15", "09:00");

        AlertAssessment stoppedLater = assess(new AlertThresholds(2, 100), facts, muchLater);

        assertThat(stoppedLater.level()).isEqualTo(AlertLevel.NONE);
        assertThat(stoppedLater.remainingWorkingDays()).isEqualTo(8);
        assertThat(stoppedLater.reason()).startsWith("特别程序中计时暂停，按暂停时判断：");
        assertThat(assess(new AlertThresholds(2, 100), sameRunning, muchLater).level()).isEqualTo(AlertLevel.RED);
    }

    @Test
    void a_stopped_clock_keeps_a_level_it_already_had_and_still_follows_new_thresholds() {
        AlertFacts yellow = new AlertFacts(ClockPhase.STOPPED, at("2025-09-26", "10:00"), endOf("2025-10-30"),
                endOf("2025-11-27"), null, null, at("2025-11-03", "10:00"));
        AlertFacts near = new AlertFacts(ClockPhase.STOPPED, at("2025-09-26", "10:00"), endOf("2025-10-30"),
                endOf("2025-11-27"), null, null, at("2025-10-27", "10:00")); // 3 left

        assertThat(assess(AlertThresholds.DEFAULT, yellow, at("2026-01-05", "09:00")).level())
                .isEqualTo(AlertLevel.YELLOW);
        assertThat(assess(new AlertThresholds(2, 100), near, at("2026-01-05", "09:00")).level())
                .isEqualTo(AlertLevel.NONE);
        assertThat(assess(new AlertThresholds(3, 100), near, at("2026-01-05", "09:00")).level())
                .isEqualTo(AlertLevel.WARNING);
    }

    @Test
    void cases_not_yet_accepted_or_already_ended_have_no_level_whatever_their_dates() {
        AlertFacts received = new AlertFacts(ClockPhase.NOT_STARTED, null, endOf("2025-10-30"), endOf("2025-11-27"),
                null, null, null);
        AlertFacts delivered = new AlertFacts(ClockPhase.ENDED, at("2025-09-26", "10:00"), endOf("2025-10-30"),
                endOf("2025-11-27"), null, null, null);

        AlertAssessment r = assess(AlertThresholds.DEFAULT, received, at("2026-01-05", "09:00"));
        AlertAssessment e = assess(AlertThresholds.DEFAULT, delivered, at("2026-01-05", "09:00"));

        assertThat(r.level()).isEqualTo(AlertLevel.NONE);
        assertThat(r.reason()).isEqualTo("尚未受理，办结时限未开始计算");
        assertThat(e.level()).isEqualTo(AlertLevel.NONE);
        assertThat(e.remainingWorkingDays()).isNull();
    }

    @Test
    void every_case_state_has_a_clock_phase() {
        assertThat(ClockPhase.ofState("RECEIVED")).isEqualTo(ClockPhase.NOT_STARTED);
        assertThat(ClockPhase.ofState("NEEDS_SUPPLEMENT")).isEqualTo(ClockPhase.NOT_STARTED);
        assertThat(ClockPhase.ofState("CORRECTED_ON_SPOT")).isEqualTo(ClockPhase.NOT_STARTED);
        for (String s : new String[] {"DEEMED_ACCEPTED", "ACCEPTED", "ACCEPTED_DEFERRED", "IN_REVIEW", "EXTENDED"}) {
            assertThat(ClockPhase.ofState(s)).as(s).isEqualTo(ClockPhase.RUNNING);
        }
        assertThat(ClockPhase.ofState("SPECIAL_PROCEDURE")).isEqualTo(ClockPhase.STOPPED);
        for (String s : new String[] {"NOT_REQUIRED", "NOT_COMPETENT", "DECIDED_ON_COMMITMENT", "WITHDRAWN",
            "REJECTED", "APPROVED", "REFUSED", "DELIVERED", "ACCEPTANCE_REVOKED", "TERMINATED"}) {
            assertThat(ClockPhase.ofState(s)).as(s).isEqualTo(ClockPhase.ENDED);
        }
        assertThat(ClockPhase.clockStates()).hasSize(6);
    }

    @Test
    void levels_have_chinese_labels_and_colour_names_in_order_of_severity() {
        assertThat(AlertLevel.values()).extracting(AlertLevel::label).containsExactly("正常", "预警", "黄牌", "红牌");
        assertThat(AlertLevel.values()).extracting(AlertLevel::colour)
                .containsExactly("green", "orange", "yellow", "red");
        assertThat(AlertLevel.RED.isWorseThan(AlertLevel.YELLOW)).isTrue();
        assertThat(AlertLevel.WARNING.isWorseThan(AlertLevel.YELLOW)).isFalse();
    }

    @Test
    void thresholds_outside_the_schema_ranges_are_refused() {
        assertThatThrownBy(() -> new AlertThresholds(-1, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlertThresholds(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlertThresholds(2, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_due_day_of_24_00_stored_as_next_midnight_is_the_day_before() {
        assertThat(AlertPolicy.dueDay(endOf("2025-10-30"), SHANGHAI)).isEqualTo(d("2025-10-30"));
        assertThat(AlertPolicy.dueDay(at("2025-10-30", "17:30"), SHANGHAI)).isEqualTo(d("2025-10-30"));
    }
}
