package org.yichuang.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void the_90th_percentile_is_the_smallest_wait_nine_in_ten_do_not_exceed() {
        long[] twenty = LongStream.rangeClosed(1, 20).map(i -> (21 - i) * 60_000).toArray();   // 20 … 1 minutes

        assertThat(Percentiles.nearestRank(twenty, 90)).isEqualTo(18 * 60_000L);
        assertThat(twenty[0]).as("the values are left as they were").isEqualTo(20 * 60_000L);
    }

    @Test
    void ten_values_give_the_ninth_and_eleven_the_tenth() {
        assertThat(Percentiles.nearestRank(LongStream.rangeClosed(1, 10).toArray(), 90)).isEqualTo(9);
        assertThat(Percentiles.nearestRank(LongStream.rangeClosed(1, 11).toArray(), 90)).isEqualTo(10);
    }

    @Test
    void fewer_than_ten_give_the_longest_one_gives_itself_and_none_give_nothing() {
        assertThat(Percentiles.nearestRank(new long[] {120_000, 420_000}, 90)).isEqualTo(420_000);
        assertThat(Percentiles.nearestRank(new long[] {5}, 90)).isEqualTo(5);
        assertThat(Percentiles.nearestRank(new long[0], 90)).isNull();
    }

    @Test
    void a_percent_outside_one_to_a_hundred_is_refused() {
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
