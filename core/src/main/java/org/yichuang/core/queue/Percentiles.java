package org.yichuang.core.queue;

import java.util.Arrays;

/**
 * Percentiles of the queue's figures (排队日统计: 90% 等候). One rule for the server's figures, its workbook and the
 * client's screen: the <em>nearest rank</em> — the smallest measured value that at least {@code percent} per cent of
 * the values do not exceed (rank ⌈percent/100 × n⌉ of the sorted values), never an interpolation. So "90% 等候 12分"
 * reads exactly as a supervisor says it: nine in ten waited 12 minutes or less, and someone waited exactly that long.
 * With fewer than ten values the 90th percentile is the longest one (one ticket in ten is then more than the sample).
 */
public final class Percentiles {
    /** The percentile of waiting times the daily figures give next to the mean and the longest. */
    public static final int WAITING = 90;

    private Percentiles() {
    }

    /**
     * Returns the nearest-rank {@code percent}th percentile of {@code values} (in any order; not changed), or null
     * when there are none.
     *
     * @param percent 1–100
     */
    public static Long nearestRank(long[] values, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent + " outside 1–100");
        }
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        // ⌈percent × n / 100⌉ in integers: no floating point, so 90 % of 10 is rank 9, not 10
        int rank = (int) ((percent * (long) sorted.length + 99) / 100);
        return sorted[rank - 1];
    }
}
