package org.yichuang.server.account;

import java.time.Duration;
import java.time.Instant;
import org.yichuang.server.web.BoundedMap;

/**
 * Failed sign-ins per key (an address, or a name and address), in memory: it only guards against floods, and after a
 * restart the per-name ceiling in PostgreSQL still holds. Each admitted attempt counts as a failure in advance, so
 * concurrent attempts cannot all slip through before the first is counted; a right password gives it back.
 */
final class FailureCounter {
    private record State(int failures, Instant last) {
    }

    private final Backoff backoff;
    private final Duration memory;
    private final BoundedMap<String, State> states;

    FailureCounter(Backoff backoff, Duration memory, int capacity) {
        this.backoff = backoff;
        this.memory = memory;
        this.states = new BoundedMap<>(capacity);
    }

    /** Returns zero and counts the attempt, or returns how long {@code key} must still wait (nothing counted). */
    synchronized Duration admit(String key, Instant now) {
        State s = states.get(key);
        if (s != null && s.last.plus(memory).isBefore(now)) {
            s = null;
        }
        if (s != null) {
            Instant allowed = s.last.plus(backoff.delayAfter(s.failures));
            if (now.isBefore(allowed)) {
                return Duration.between(now, allowed);
            }
        }
        states.put(key, new State(s == null ? 1 : s.failures + 1, now));
        return Duration.ZERO;
    }

    /** Takes back one attempt counted by {@link #admit} (it turned out not to be a wrong password). */
    synchronized void refund(String key) {
        State s = states.get(key);
        if (s == null) {
            return;
        }
        if (s.failures <= 1) {
            states.remove(key);
        } else {
            states.put(key, new State(s.failures - 1, s.last));
        }
    }

    /** Forgets every failure of {@code key}. */
    synchronized void clear(String key) {
        states.remove(key);
    }
}
