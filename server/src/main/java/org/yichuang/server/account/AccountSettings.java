package org.yichuang.server.account;

import java.time.Duration;

/**
 * Session and lockout policy.
 *
 * @param sessionTtl   how long a bearer token stays valid (default 12 h)
 * @param maxFailures  consecutive wrong passwords that lock the account (default 5)
 * @param lockDuration how long the lock holds, even against the right password (default 15 min)
 */
public record AccountSettings(Duration sessionTtl, int maxFailures, Duration lockDuration) {
    /** The defaults: 12 hours, 5 failures, 15 minutes. */
    public static AccountSettings defaults() {
        return new AccountSettings(Duration.ofHours(12), 5, Duration.ofMinutes(15));
    }
}
