package org.yichuang.server.web;

import java.time.Duration;
import java.time.Instant;

/**
 * Rate limit per client address (token bucket, in memory): a burst, then one request per refill
 * interval. A refused request costs no database (nor, for sign-in, Argon2), so a flood from one address stays cheap.
 */
public final class AttemptBuckets {
    private record Bucket(double tokens, Instant at) {
    }

    private final int burst;
    private final long refillNanos;
    private final BoundedMap<String, Bucket> buckets;

    /** A bucket per key of {@code burst} tokens, one more every {@code refill}, for at most {@code capacity} keys. */
    public AttemptBuckets(int burst, Duration refill, int capacity) {
        this.burst = burst;
        this.refillNanos = refill.toNanos();
        this.buckets = new BoundedMap<>(capacity);
    }

    /** Returns zero and takes a token, or returns how long until {@code address} gets one. */
    public synchronized Duration take(String address, Instant now) {
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
