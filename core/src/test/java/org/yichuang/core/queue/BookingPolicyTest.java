package org.yichuang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.calendar.io.ShippedCalendar;

class BookingPolicyTest {
    private static final WorkCalendar CALENDAR = ShippedCalendar.calendar();
    private static final BookingPolicy POLICY = BookingPolicy.DEFAULT;

    @Test
    void from_tomorrow_to_the_fifth_working_day_including_a_make_up_sunday() {
        // Fri 2026-09-18: Sat off, Sun 09-20 调休上班, 中秋 from Fri 09-25
        assertThat(POLICY.bookableDays(LocalDate.of(2026, 9, 18), CALENDAR)).containsExactly(
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22),
                LocalDate.of(2026, 9, 23), LocalDate.of(2026, 9, 24));
    }

    @Test
    void the_national_day_holiday_is_skipped_and_the_window_reaches_past_it() {
        assertThat(POLICY.bookableDays(LocalDate.of(2026, 9, 30), CALENDAR)).containsExactly(
                LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10),
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13));
    }

    @Test
    void a_booking_can_be_cancelled_until_two_hours_before_its_slot() {
        LocalDateTime slot = LocalDateTime.of(2026, 12, 8, 9, 0);
        assertThat(POLICY.mayCancel(slot, LocalDateTime.of(2026, 12, 8, 7, 0))).isTrue();
        assertThat(POLICY.mayCancel(slot, LocalDateTime.of(2026, 12, 8, 7, 1))).isFalse();
    }

    @Test
    void three_missed_bookings_in_half_a_year_take_the_right_away_for_ninety_days_after_the_last() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        List<LocalDate> missed = List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 15));
        assertThat(POLICY.bannedUntil(missed, today)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(POLICY.bannedUntil(missed.subList(0, 2), today)).isNull();
    }

    @Test
    void missed_bookings_older_than_the_window_do_not_count_and_a_ban_ends() {
        List<LocalDate> missed = List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 11, 30));
        assertThat(POLICY.bannedUntil(missed, LocalDate.of(2026, 12, 6))).isNull();
        List<LocalDate> old = List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7));
        assertThat(POLICY.bannedUntil(old, LocalDate.of(2026, 4, 7))).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(POLICY.bannedUntil(old, LocalDate.of(2026, 4, 8))).isNull();
    }
}
