package org.yichuang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingSlotsTest {
    private static QueueCategory withWindows(IssuingWindow... windows) {
        return new QueueCategory("GENERAL", "综合受理", 'A', List.of(), List.of(windows), null, true, true);
    }

    private static IssuingWindow w(int fromH, int fromM, int toH, int toM) {
        return new IssuingWindow(LocalTime.of(fromH, fromM), LocalTime.of(toH, toM));
    }

    @Test
    void each_window_is_cut_into_hours_from_its_start_and_the_last_piece_is_shorter() {
        QueueCategory c = withWindows(w(13, 0, 17, 30), w(8, 30, 12, 0));

        assertThat(BookingSlots.of(c)).containsExactly(w(8, 30, 9, 30), w(9, 30, 10, 30), w(10, 30, 11, 30),
                w(11, 30, 12, 0), w(13, 0, 14, 0), w(14, 0, 15, 0), w(15, 0, 16, 0), w(16, 0, 17, 0),
                w(17, 0, 17, 30));
    }

    @Test
    void a_window_ending_just_before_midnight_does_not_wrap_round() {
        assertThat(BookingSlots.of(withWindows(w(22, 30, 23, 59)))).containsExactly(w(22, 30, 23, 30),
                w(23, 30, 23, 59));
    }

    @Test
    void a_slot_is_found_by_its_start_only() {
        QueueCategory c = withWindows(w(8, 30, 12, 0));

        assertThat(BookingSlots.starting(c, LocalTime.of(9, 30))).isEqualTo(w(9, 30, 10, 30));
        assertThat(BookingSlots.starting(c, LocalTime.of(9, 0))).isNull();
    }
}
