package org.yichuang.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final SessionCache cache = new SessionCache(now::get);

    private static SessionRow row(long id) {
        return new SessionRow(id, 7, "window1", "王", true, "WINDOW", Instant.parse("2026-12-06T20:00:00Z"), null, 1L,
                1, "1号综合窗口", "大厅", "Asia/Shanghai", "fp" + id);
    }

    @Test
    void an_entry_lives_two_seconds_then_the_session_is_read_again() {
        cache.put("fp", row(1), null);
        now.addAndGet(SessionCache.TTL.toNanos());
        assertThat(cache.get("fp")).isPresent();
        now.addAndGet(1);
        assertThat(cache.get("fp")).isEmpty();
    }

    @Test
    void sign_out_forgets_the_session_at_once_and_only_that_one() {
        cache.put("a", row(1), null);
        cache.put("b", row(2), null);
        cache.forget(1);
        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.get("b")).map(c -> c.row().id()).contains(2L);
    }

    @Test
    void a_flood_of_sessions_cannot_grow_it_past_its_bound() {
        for (int i = 0; i <= SessionCache.MAX_ENTRIES; i++) {
            cache.put("fp" + i, row(i), null);
        }
        assertThat(cache.get("fp" + SessionCache.MAX_ENTRIES)).isPresent();
        assertThat(cache.get("fp0")).isEmpty();
    }

    /** Everything asked for is still valid. */
    private final List<List<String>> reloads = new ArrayList<>();

    private Map<String, SessionCache.CachedSession> allValid(List<String> fingerprints) {
        reloads.add(List.copyOf(fingerprints));
        Map<String, SessionCache.CachedSession> valid = new HashMap<>();
        fingerprints.forEach(f -> valid.put(f, new SessionCache.CachedSession(row(Long.parseLong(f.substring(2))),
                null)));
        return valid;
    }

    @Test
    void sessions_in_use_are_read_again_together_before_they_expire_and_unused_ones_are_left_to_expire() {
        cache.put("fp1", row(1), null);
        cache.put("fp2", row(2), null);
        cache.put("fp3", row(3), null);
        now.addAndGet(SessionCache.REFRESH_AFTER.toNanos());
        cache.get("fp1");
        cache.get("fp2");
        assertThat(cache.refreshIfDue(this::allValid)).isTrue();
        assertThat(reloads).hasSize(1);
        assertThat(reloads.get(0)).containsExactlyInAnyOrder("fp1", "fp2");
        // past the first load's TTL: the two read again live on, the one nobody asked for is gone
        now.addAndGet(SessionCache.TTL.toNanos() - SessionCache.REFRESH_AFTER.toNanos() + 1);
        assertThat(cache.get("fp1")).isPresent();
        assertThat(cache.get("fp2")).isPresent();
        assertThat(cache.get("fp3")).isEmpty();
    }

    @Test
    void one_caller_reads_them_at_most_every_half_second_and_only_entries_a_second_old() {
        cache.put("fp1", row(1), null);
        cache.get("fp1");
        now.addAndGet(SessionCache.REFRESH_EVERY.toNanos());
        assertThat(cache.refreshIfDue(this::allValid)).as("not a second old yet").isFalse();
        now.addAndGet(SessionCache.REFRESH_AFTER.toNanos());
        cache.get("fp1");
        assertThat(cache.refreshIfDue(this::allValid)).isTrue();
        cache.get("fp1");
        now.addAndGet(SessionCache.REFRESH_EVERY.toNanos() - 1);
        assertThat(cache.refreshIfDue(this::allValid)).as("within half a second of the last").isFalse();
        assertThat(reloads).hasSize(1);
    }

    @Test
    void a_session_no_longer_valid_is_dropped_at_the_refresh() {
        cache.put("fp1", row(1), null);
        cache.put("fp2", row(2), null);
        now.addAndGet(SessionCache.REFRESH_AFTER.toNanos());
        cache.get("fp1");
        cache.get("fp2");
        // fp2 was revoked elsewhere (or its account disabled): the read does not answer it
        cache.refreshIfDue(f -> {
            Map<String, SessionCache.CachedSession> valid = new HashMap<>(allValid(f));
            valid.remove("fp2");
            return valid;
        });
        assertThat(cache.get("fp1")).isPresent();
        assertThat(cache.get("fp2")).isEmpty();
    }

    @Test
    void a_read_from_before_a_sign_out_does_not_bring_the_session_back() {
        cache.put("fp1", row(1), null);
        now.addAndGet(SessionCache.REFRESH_AFTER.toNanos());
        cache.get("fp1");
        cache.refreshIfDue(f -> {
            Map<String, SessionCache.CachedSession> valid = allValid(f);
            cache.forget(1);   // the sign-out commits while the read is under way
            return valid;
        });
        assertThat(cache.get("fp1")).isEmpty();
    }
}
