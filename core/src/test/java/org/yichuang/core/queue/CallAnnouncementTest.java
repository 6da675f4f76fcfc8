package org.yichuang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallAnnouncementTest {

    @Test
    void the_sentence_halls_use_with_the_ticket_read_digit_by_digit() {
        CallAnnouncement a = CallAnnouncement.of(new TicketNumber('A', 12), "3");
        assertThat(a.text()).isEqualTo("请A012号到3号窗口办理");
        assertThat(a.segments()).containsExactly("qing", "letter-a", "digit-0", "digit-1", "digit-2", "hao", "dao",
                "digit-3", "hao", "chuangkou-banli");
    }

    @Test
    void counter_numbers_are_read_as_numbers() {
        assertThat(CallAnnouncement.of(new TicketNumber('B', 1), "10").segments()).containsSubsequence("dao", "shi",
                "hao");
        assertThat(CallAnnouncement.of(new TicketNumber('B', 1), "12").segments()).containsSubsequence("dao", "shi",
                "digit-2", "hao");
        assertThat(CallAnnouncement.of(new TicketNumber('B', 1), "20").segments()).containsSubsequence("dao",
                "digit-2", "shi", "hao");
        assertThat(CallAnnouncement.of(new TicketNumber('B', 1), "23").segments()).containsSubsequence("dao",
                "digit-2", "shi", "digit-3", "hao");
    }

    @Test
    void a_counter_named_with_letters_is_spelled() {
        CallAnnouncement a = CallAnnouncement.of(new TicketNumber('C', 5), "B3");
        assertThat(a.text()).isEqualTo("请C005号到B3号窗口办理");
        assertThat(a.segments()).containsSubsequence("dao", "letter-b", "digit-3", "hao", "chuangkou-banli");
    }

    @Test
    void every_segment_an_announcement_uses_is_among_the_shipped_ones() {
        for (char p = 'A'; p <= 'Z'; p++) {
            for (String counter : new String[] {"1", "9", "10", "19", "99", "Z9", "100"}) {
                assertThat(CallAnnouncement.allSegments())
                        .containsAll(CallAnnouncement.of(new TicketNumber(p, 987), counter).segments());
            }
        }
    }
}
