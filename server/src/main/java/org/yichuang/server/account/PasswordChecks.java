package org.yichuang.server.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.RetryLaterException;

/**
 * Runs Argon2 verifications a few at a time: each takes a core for ~100 ms, and without a bound a sign-in flood took
 * every core and made every other call of the hall four times slower.
 */
final class PasswordChecks {
    /** How long an attempt waits for its turn before it is told to come back. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final PasswordHasher hasher;
    private final Semaphore permits;

    PasswordChecks(PasswordHasher hasher, int concurrent) {
        this.hasher = hasher;
        this.permits = new Semaphore(Math.max(1, concurrent), true);
    }

    /** Returns true when the password matches the encoded hash. */
    boolean verify(String password, String encodedHash) {
        return guarded(() -> hasher.verify(password, encodedHash));
    }

    /** Spends the time of one verification (for an unknown name) and returns false. */
    boolean verifyNobody(String password) {
        return guarded(() -> hasher.verifyNobody(password));
    }

    private boolean guarded(BooleanSupplier check) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new RetryLaterException(ErrorCode.AUTH_THROTTLED, "服务器正在核对其他登录，请 1 秒后再试。",
                    Duration.ofSeconds(1));
        }
        try {
            return check.getAsBoolean();
        } finally {
            permits.release();
        }
    }
}
