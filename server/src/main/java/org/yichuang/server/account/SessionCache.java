package org.yichuang.server.account;

import org.yichuang.server.auth.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Recently checked sessions (会话), so that a clerk's every request does not read the session, staff and counter rows
 * again: that lookup was a sixth of the request threads' CPU on the create-case path (JFR, bench/server-load.sh).
 * Entries live {@link #TTL}: expiry is still checked on every request against the row's own time, sign-out on this
 * server forgets the session at once, and a session revoked or an account disabled elsewhere (another server
 * instance, the database) is noticed within the TTL. Bounded: past {@link #MAX_ENTRIES} it starts afresh.
 */
final class SessionCache {
    static final Duration TTL = Duration.ofSeconds(2);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(SessionRow row, Principal principal, long loadedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    SessionCache(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Returns the principal checked for this token fingerprint within the TTL. */
    Optional<CachedSession> get(String fingerprint) {
        Entry e = entries.get(fingerprint);
        if (e == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - e.loadedAt() > TTL.toNanos()) {
            entries.remove(fingerprint, e);
            return Optional.empty();
        }
        return Optional.of(new CachedSession(e.row(), e.principal()));
    }

    void put(String fingerprint, SessionRow row, Principal principal) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(fingerprint, new Entry(row, principal, nanoTime.getAsLong()));
    }

    /** Forgets a session at once (sign-out). */
    void forget(long sessionId) {
        entries.values().removeIf(e -> e.row().id() == sessionId);
    }

    /** A cached session: the row (for its expiry) and the principal built from it. */
    record CachedSession(SessionRow row, Principal principal) {
    }
}
