package org.yichuang.core.queue;

import java.time.Duration;

/**
 * When a called applicant who does not come counts as missed (过号), and what happens then (RULES.md §8.2: 2–3 recalls;
 * hall configuration).
 *
 * @param minCalls how many times the ticket must have been called (the first call and the recalls) before the clerk may
 *                 mark it missed; 3 by default
 * @param minWait  how long after the first call the clerk must wait before marking it missed; 2 minutes by default
 * @param requeue  whether a missed applicant who turns up later goes back into the queue with the same number
 *                 (behind the tickets waiting then), instead of taking a new ticket
 */
public record MissedCallPolicy(int minCalls, Duration minWait, boolean requeue) {
    /** The default: three calls, two minutes, back into the queue. */
    public static final MissedCallPolicy DEFAULT = new MissedCallPolicy(3, Duration.ofMinutes(2), true);
    /** The most calls a hall may require. */
    public static final int MAX_CALLS = 5;
    /** The longest wait a hall may require. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(30);

    /** Returns true when a ticket called {@code calls} times, first {@code sinceFirstCall} ago, may be marked missed. */
    public boolean mayMarkMissed(int calls, Duration sinceFirstCall) {
        return calls >= minCalls && sinceFirstCall.compareTo(minWait) >= 0;
    }
}
