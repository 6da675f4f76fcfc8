package org.yichuang.server.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits for a condition, for the benchmarks: they run on the runtime class path (server/target/lib), which has no
 * Awaitility. The condition is what ends the wait; the timeout only bounds it.
 */
final class Waits {
    private static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

    private Waits() {
    }

    /** Returns true once {@code condition} holds, false when it still does not after {@code timeout}. */
    static boolean until(Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }
}
