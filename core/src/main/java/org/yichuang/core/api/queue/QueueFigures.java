package org.yichuang.core.api.queue;

import java.time.LocalDate;
import java.util.List;

/**
 * One queue day's figures for the daily logs (排队日统计): {@code GET /api/queue/figures?day=YYYY-MM-DD}. Times are
 * whole milliseconds, so sums of rows add up exactly; averages are the reader's (total / count); the 90th percentile
 * of the waits is the server's, as it needs every wait ({@link org.yichuang.core.queue.Percentiles}).
 *
 * <p>Waiting (等候时长) runs from a ticket's issue to its first call and counts towards the counter and clerk that
 * called it, the category it was called from, and the hour it was issued in. Service (办理时长) runs from 开始办理 (or,
 * when a ticket is finished straight after its call, from that call) to 办结, 挂起 or 转移, and counts towards the
 * counter and clerk that started it, its category, and the hour it started in. Idle with a queue (有人等候时的空闲)
 * is time a counter was open (between its first and last action of the day), not paused, serving nobody, while a
 * ticket it may call was waiting; it counts towards the counter, the clerk who acted there last, each category with
 * such a waiting ticket at the time (so categories may add up to more than the total), and is split at each hour.
 *
 * @param day      the queue day (it starts at the hall's reset time, not at midnight)
 * @param total    the whole day
 * @param counters one row per counter (key: its number)
 * @param staff    one row per clerk (key: staff id; label: display name)
 * @param categories one row per category (key: its code)
 * @param hours    one row per local hour (key: {@code 2026-12-07T09:00}, the hour's start in the hall's zone)
 */
public record QueueFigures(LocalDate day, Row total, List<Row> counters, List<Row> staff, List<Row> categories,
        List<Row> hours) {
    /** Copies the lists. */
    public QueueFigures {
        counters = List.copyOf(counters);
        staff = List.copyOf(staff);
        categories = List.copyOf(categories);
        hours = List.copyOf(hours);
    }

    /**
     * One group's figures.
     *
     * @param called        tickets called for the first time (their waits are in {@code waitingMs})
     * @param waitingMs     the sum of their waits
     * @param maxWaitingMs  the longest of them
     * @param served        service spells counted in {@code serviceMs}
     * @param serviceMs     the sum of those spells
     * @param maxServiceMs  the longest of them
     * @param idleWithQueueMs idle time with someone waiting
     * @param p90WaitingMs  the 90th percentile of the waits (90% 等候, {@link org.yichuang.core.queue.Percentiles}:
     *                      nine in ten of those called waited no longer), null when nobody was called
     */
    public record Row(String key, String label, int called, long waitingMs, long maxWaitingMs, int served,
            long serviceMs, long maxServiceMs, long idleWithQueueMs, Long p90WaitingMs) {

        /** Returns the mean wait (平均等候) in whole milliseconds, or null when nobody was called. */
        public Long meanWaitingMs() {
            return mean(waitingMs, called);
        }

        /** Returns the mean service spell (平均办理) in whole milliseconds, or null when nobody was served. */
        public Long meanServiceMs() {
            return mean(serviceMs, served);
        }

        // one rounding for the screen and the workbook: half a millisecond up
        private static Long mean(long totalMs, int count) {
            return count == 0 ? null : Math.round((double) totalMs / count);
        }
    }
}
