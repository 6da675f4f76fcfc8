package org.yichuang.server.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TimeBound;

@TimeBound
class DayBoundaryTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final HallSettings HALL = new HallSettings(SHANGHAI, null, "09:00-12:00,13:30-17:30", 2, 80);
    private final List<String> runs = new CopyOnWriteArrayList<>();
    private DayBoundary boundary;

    @AfterEach
    void close() {
        if (boundary != null) {
            boundary.close();
        }
    }

    private DayBoundary start(MutableClock clock, List<HallSettings> halls) {
        boundary = new DayBoundary(() -> halls, clock, Duration.ofMillis(20));
        // registered out of order: the phase decides
        boundary.register(DayBoundary.Phase.ALERTS, "alerts", now -> runs.add("alerts " + now));
        boundary.register(DayBoundary.Phase.CASES, "cases", now -> runs.add("cases " + now));
        boundary.start();
        return boundary;
    }

    @Test
    void tasks_run_once_at_start_and_then_at_the_first_microsecond_of_the_hall_day_cases_before_alerts() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:59:59.500Z")); // 23:59:59.5 in Shanghai
        start(clock, List.of(HALL));
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 2);
        assertThat(runs).containsExactly("cases 2026-03-02T15:59:59.500Z", "alerts 2026-03-02T15:59:59.500Z");

        clock.advance(Duration.ofMillis(400));
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> runs.size() == 2);
        clock.advance(Duration.ofMillis(200));

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 4);
        assertThat(runs.subList(2, 4)).containsExactly("cases 2026-03-02T16:00:00.000001Z",
                "alerts 2026-03-02T16:00:00.000001Z");
    }

    @Test
    void a_hall_with_a_cut_off_also_ticks_at_close_of_business() {
        HallSettings closes = new HallSettings(SHANGHAI, LocalTime.of(17, 30), "09:00-12:00,13:30-17:30", 2, 80);

        assertThat(DayBoundary.next(Instant.parse("2026-03-02T09:00:00Z"), List.of(closes)))
                .isEqualTo(Instant.parse("2026-03-02T09:30:00.000001Z"));
        assertThat(DayBoundary.next(Instant.parse("2026-03-02T09:30:00.000001Z"), List.of(closes)))
                .isEqualTo(Instant.parse("2026-03-02T16:00:00.000001Z"));
        assertThat(DayBoundary.next(Instant.parse("2026-03-02T09:00:00Z"), List.of(HALL)))
                .isEqualTo(Instant.parse("2026-03-02T16:00:00.000001Z"));
    }

    @Test
    void with_halls_in_several_zones_the_earliest_midnight_comes_first() {
        HallSettings urumqi = new HallSettings(ZoneId.of("Asia/Urumqi"), null, "09:00-12:00,13:30-17:30", 2, 80);

        assertThat(DayBoundary.next(Instant.parse("2026-03-02T12:00:00Z"), List.of(urumqi, HALL)))
                .isEqualTo(Instant.parse("2026-03-02T16:00:00.000001Z"));
        assertThat(DayBoundary.next(Instant.parse("2026-03-02T16:00:00.000001Z"), List.of(urumqi, HALL)))
                .isEqualTo(Instant.parse("2026-03-02T18:00:00.000001Z"));
    }

    @Test
    void after_a_long_pause_the_tasks_run_once_for_the_latest_boundary() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        start(clock, List.of(HALL));
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 2);

        clock.advance(Duration.ofDays(3));

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 4);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> runs.size() == 4);
        assertThat(runs.get(3)).isEqualTo("alerts 2026-03-04T16:00:00.000001Z");
    }

    @Test
    void a_failing_task_does_not_stop_the_others() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        boundary = new DayBoundary(() -> List.of(HALL), clock, Duration.ofMillis(20));
        boundary.register(DayBoundary.Phase.CASES, "broken", now -> {
            throw new IllegalStateException("broken");
        });
        boundary.register(DayBoundary.Phase.ALERTS, "alerts", now -> runs.add("alerts"));
        boundary.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 1);
    }

    @Test
    void closing_ends_the_thread() {
        start(new MutableClock(Instant.parse("2026-03-02T10:00:00Z")), List.of(HALL));
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 2);

        boundary.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals(DayBoundary.THREAD_NAME)
                && t.isAlive());
    }
}
