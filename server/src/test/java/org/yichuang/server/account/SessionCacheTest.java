package org.yichuang.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SessionCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final SessionCache cache = new SessionCache(now::get);

    private static SessionRow row(long id) {
        return new SessionRow(id, 7, "window1", "王", true, "WINDOW", Instant.parse("2026-12-06T20:00:00Z"), null, 1L,
                1, "1号综合窗口", "大厅", "Asia/Shanghai");
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
}
