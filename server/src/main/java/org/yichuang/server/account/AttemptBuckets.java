package org.yichuang.server.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Rate limit of sign-in attempts per client address (token bucket, in memory): a burst, then one attempt per refill
 * interval. Refused attempts cost no Argon2 and no database, so a flood from one address stays cheap.
 */
final class AttemptBuckets {
    private record Bucket(double tokens, Instant at) {
    }

    private final int burst;
    private final long refillNanos;
    private final BoundedMap<String, Bucket> buckets;

    AttemptBuckets(int burst, Duration refill, int capacity) {
        this.burst = burst;
        this.refillNanos = refill.toNanos();
        this.buckets = new BoundedMap<>(capacity);
    }

    /** Returns zero and takes a token, or returns how long until {@code address} gets one. */
    synchronized Duration take(String address, Instant now) {
        Bucket b = buckets.get(address);
        double tokens = burst;
        if (b != null) {
            long elapsed = Math.max(0, Duration.between(b.at, now).toNanos());
            tokens = Math.min(burst, b.tokens + (double) elapsed / refillNanos);
        }
        if (tokens >= 1) {
            buckets.put(address, new Bucket(tokens - 1, now));
            return Duration.ZERO;
        }
        buckets.put(address, new Bucket(tokens, now));
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * refillNanos));
    }
}
