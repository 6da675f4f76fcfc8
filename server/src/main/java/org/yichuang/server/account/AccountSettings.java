package org.yichuang.server.account;

import java.time.Duration;

/**
 * Session and sign-in throttling policy (登录限流).
 *
 * @param sessionTtl       how long a bearer token stays valid (default 12 h)
 * @param perNameAndAddress growing delays for one user name from one client address (default: 5 free, then 1 s,
 *                         2 s, 4 s … up to 15 min); never bypassed
 * @param perAddress       growing delays for one client address over all names (default: 20 free — a hall behind
 *                         one NAT shares an address — then 1 s … 15 min); an address where the name signed in before
 *                         skips it
 * @param perName          the ceiling for one user name over all addresses, kept in PostgreSQL across restarts
 *                         (default: 50 free, then 1 s … 15 min); an address where the name signed in before skips it
 * @param failureMemory    failures older than this (counting from the last one) are forgotten (default 24 h)
 * @param attemptBurst     sign-in attempts one address may make at once before the rate limit (default 20)
 * @param attemptRefill    after the burst, one more attempt per this long (default 1 s)
 * @param concurrentChecks Argon2 verifications running at once, the rest wait (default: cores - 1, at least 1), so
 *                         sign-ins can never take every core from the hall
 * @param trackedKeys      the most addresses and name/address pairs kept in memory each (default 10,000); the
 *                         longest idle are forgotten first, so a flood of made-up names cannot exhaust memory
 */
public record AccountSettings(Duration sessionTtl, Backoff perNameAndAddress, Backoff perAddress, Backoff perName,
        Duration failureMemory, int attemptBurst, Duration attemptRefill, int concurrentChecks, int trackedKeys) {

    /** The defaults listed above. */
    public static AccountSettings defaults() {
        Duration second = Duration.ofSeconds(1);
        Duration quarter = Duration.ofMinutes(15);
        return new AccountSettings(Duration.ofHours(12), new Backoff(5, second, quarter),
                new Backoff(20, second, quarter), new Backoff(50, second, quarter), Duration.ofHours(24), 20, second,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 10_000);
    }

    /** Returns the same with another session lifetime. */
    public AccountSettings withSessionTtl(Duration ttl) {
        return new AccountSettings(ttl, perNameAndAddress, perAddress, perName, failureMemory, attemptBurst,
                attemptRefill, concurrentChecks, trackedKeys);
    }

    /** Returns the same with {@code free} failures per name and address before delays start. */
    public AccountSettings withFreeFailures(int free) {
        return new AccountSettings(sessionTtl, new Backoff(free, perNameAndAddress.first(), perNameAndAddress.max()),
                perAddress, perName, failureMemory, attemptBurst, attemptRefill, concurrentChecks, trackedKeys);
    }

    /** Returns the same with every delay capped at {@code max}. */
    public AccountSettings withMaxDelay(Duration max) {
        return new AccountSettings(sessionTtl, perNameAndAddress.withMax(max), perAddress.withMax(max),
                perName.withMax(max), failureMemory, attemptBurst, attemptRefill, concurrentChecks, trackedKeys);
    }

    /** Returns the same with another rate limit per address. */
    public AccountSettings withAttemptRate(int burst, Duration refill) {
        return new AccountSettings(sessionTtl, perNameAndAddress, perAddress, perName, failureMemory, burst, refill,
                concurrentChecks, trackedKeys);
    }

    /** Returns the same with other backoffs per address and per name. */
    public AccountSettings withCeilings(Backoff address, Backoff name) {
        return new AccountSettings(sessionTtl, perNameAndAddress, address, name, failureMemory, attemptBurst,
                attemptRefill, concurrentChecks, trackedKeys);
    }
}
