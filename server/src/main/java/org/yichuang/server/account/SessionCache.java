package org.yichuang.server.account;

import org.yichuang.server.auth.Principal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Recently checked sessions (会话), so that a clerk's every request does not read the session, staff and counter rows
 * again: that lookup was a sixth of the request threads' CPU on the create-case path (JFR, bench/server-load.sh).
 * Entries live {@link #TTL}: expiry is still checked on every request against the row's own time, sign-out on this
 * server forgets the session at once, and a session revoked or an account disabled elsewhere (another server
 * instance, the database) is noticed within the TTL. Bounded: past {@link #MAX_ENTRIES} it starts afresh.
 *
 * <p>The sessions in use are read again before their TTL runs out, all in one query ({@link #refreshIfDue}), so a
 * counter calling all day is not sent to the database every {@code TTL} on its own: with 200 counters that was one
 * request in four paying a round trip more (bench/queue-load.sh).
 */
final class SessionCache {
    static final Duration TTL = Duration.ofSeconds(2);
    /** An entry in use is read again once it is this old (and at most {@link #REFRESH_EVERY} later). */
    static final Duration REFRESH_AFTER = Duration.ofSeconds(1);
    /** One request at most this often reads the due entries again, for everybody. */
    static final Duration REFRESH_EVERY = Duration.ofMillis(500);
    static final int MAX_ENTRIES = 10_000;

    /** {@code used}: asked for since it was loaded (an entry nobody asks for is left to expire). */
    private static final class Entry {
        final SessionRow row;
        final Principal principal;
        final long loadedAt;
        volatile boolean used;

        Entry(SessionRow row, Principal principal, long loadedAt) {
            this.row = row;
            this.principal = principal;
            this.loadedAt = loadedAt;
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile long lastRefresh;

    SessionCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastRefresh = nanoTime.getAsLong();
    }

    /** Returns the principal checked for this token fingerprint within the TTL. */
    Optional<CachedSession> get(String fingerprint) {
        Entry e = entries.get(fingerprint);
        if (e == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - e.loadedAt > TTL.toNanos()) {
            entries.remove(fingerprint, e);
            return Optional.empty();
        }
        e.used = true;
        return Optional.of(new CachedSession(e.row, e.principal));
    }

    void put(String fingerprint, SessionRow row, Principal principal) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(fingerprint, new Entry(row, principal, nanoTime.getAsLong()));
    }

    /** Forgets a session at once (sign-out). */
    void forget(long sessionId) {
        entries.values().removeIf(e -> e.row.id() == sessionId);
    }

    /**
     * Reads the entries in use that are {@link #REFRESH_AFTER} old again, in one call of {@code reload}, unless another
     * caller did within {@link #REFRESH_EVERY} or is doing it now. {@code reload} answers the fingerprints whose
     * sessions are still valid; the others are dropped. An entry forgotten (signed out) or replaced meanwhile is left
     * as it is, so a read from before a sign-out cannot bring the session back.
     *
     * @return whether this call read them
     */
    boolean refreshIfDue(Function<List<String>, Map<String, CachedSession>> reload) {
        long start = nanoTime.getAsLong();
        if (start - lastRefresh < REFRESH_EVERY.toNanos() || !refreshing.compareAndSet(false, true)) {
            return false;
        }
        try {
            lastRefresh = start;
            Map<String, Entry> due = new HashMap<>();
            entries.forEach((fingerprint, e) -> {
                if (e.used && start - e.loadedAt >= REFRESH_AFTER.toNanos()) {
                    due.put(fingerprint, e);
                }
            });
            if (due.isEmpty()) {
                return false;
            }
            Map<String, CachedSession> valid = reload.apply(List.copyOf(due.keySet()));
            due.forEach((fingerprint, old) -> {
                CachedSession now = valid.get(fingerprint);
                if (now == null) {
                    entries.remove(fingerprint, old);
                } else {
                    // as fresh as the moment before the read, not after it
                    entries.replace(fingerprint, old, new Entry(now.row(), now.principal(), start));
                }
            });
            return true;
        } finally {
            refreshing.set(false);
        }
    }

    /** A cached session: the row (for its expiry) and the principal built from it. */
    record CachedSession(SessionRow row, Principal principal) {
    }
}
