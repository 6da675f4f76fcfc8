package org.yichuang.server.account;

import java.time.Duration;

/**
 * Growing delays after failed sign-ins (登录失败后的递增等待): the first {@code free} failures cost nothing, then the
 * next attempt waits {@code first}, then twice that, four times … never more than {@code max}.
 */
public record Backoff(int free, Duration first, Duration max) {

    /** Checks the values: a backoff without a ceiling would let strangers lock an account for good. */
    public Backoff {
        if (free < 1 || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs free >= 1 and 0 < first <= max");
        }
    }

    /** Returns how long to wait after {@code failures} consecutive failures before the next attempt. */
    public Duration delayAfter(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        if (doublings >= 40) {
            return max;
        }
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Returns the same with another ceiling (raised to {@code first} if lower). */
    public Backoff withMax(Duration newMax) {
        return new Backoff(free, first, newMax.compareTo(first) < 0 ? first : newMax);
    }
}
