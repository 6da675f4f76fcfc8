package org.yichuang.core.error;

import java.time.Duration;

/** A refusal that holds only for a while (登录限流): the answer carries how long to wait as Retry-After. */
public class RetryLaterException extends DomainException {
    private final Duration retryAfter;

    /** Creates the refusal; {@code retryAfter} is rounded up to whole seconds when answered. */
    public RetryLaterException(ErrorCode code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    /** Returns how long the caller should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Returns the wait in whole seconds, rounded up and at least 1 (the unit of the Retry-After header). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
