package org.yichuang.server.hall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall's day boundary (日切): runs the registered tasks once at start, then at every hall's local midnight and,
 * where a hall ends its due days at a cut-off (截止时间), at that time too, so that a period that ended is seen as
 * ended at once. Tasks run one after the other on one thread, in {@link Phase} order: lifecycle sweeps (e.g. deemed
 * acceptance, 视为受理) first, so the 红黄牌 recompute that follows judges the states they produced.
 *
 * <p>A tick is the first microsecond after the boundary: an act at 24:00 (or at the cut-off) itself is still in time
 * ({@code Deadline#isOverdue}). The thread never sleeps longer than {@code maxSleep} before it looks at the clock
 * again, so a changed wall clock (or a test's clock) is noticed; after a long pause it runs once for the latest
 * boundary passed, not once per missed day.
 */
public final class DayBoundary implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DayBoundary.class);
    /** The thread's name (tests look for leaks by it). */
    public static final String THREAD_NAME = "yichuang-day-boundary";

    /** When a task runs relative to the others at the same tick. */
    public enum Phase {
        /** Case lifecycle sweeps: deemed acceptance and other state changes due at the new day. */
        CASES,
        /** The 红黄牌 recompute, which judges the states the lifecycle sweeps left. */
        ALERTS
    }

    /** A task run at each tick with the tick's instant. */
    @FunctionalInterface
    public interface Task {
        /** Runs for the boundary just passed ({@code now} is its first microsecond, or the start time). */
        void run(Instant now);
    }

    private record Registered(Phase phase, String name, Task task) {
    }

    private final Supplier<List<HallSettings>> halls;
    private final Clock clock;
    private final Duration maxSleep;
    private final List<Registered> tasks = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    /** The last tick run; touched only on the executor's thread. */
    private Instant last;
    private boolean started;

    /** Looks at the clock at least once a minute. */
    public DayBoundary(Supplier<List<HallSettings>> halls, Clock clock) {
        this(halls, clock, Duration.ofMinutes(1));
    }

    /**
     * @param halls    every hall's settings (zone and cut-off), read again before each wait
     * @param maxSleep the longest wait before the clock is read again
     */
    public DayBoundary(Supplier<List<HallSettings>> halls, Clock clock, Duration maxSleep) {
        this.halls = halls;
        this.clock = clock;
        this.maxSleep = maxSleep;
    }

    /** Adds a task; tasks of one phase run in the order they were registered. Register before {@link #start}. */
    public void register(Phase phase, String name, Task task) {
        tasks.add(new Registered(phase, name, task));
    }

    /** Runs every task once now (on the boundary thread), then at each boundary until {@link #close}. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        executor.execute(() -> {
            Instant now = clock.instant();
            last = now;
            runAll(now);
            await();
        });
    }

    private void check() {
        Instant now = clock.instant();
        List<HallSettings> all;
        try {
            all = settings();
        } catch (RuntimeException e) {
            LOG.warn("day boundary: hall settings unreadable ({}), retrying", e.getClass().getSimpleName());
            schedule(maxSleep);
            return;
        }
        Instant next = next(last, all);
        if (now.isBefore(next)) {
            schedule(Duration.between(now, next));
            return;
        }
        Instant tick = next;
        for (Instant n = next(tick, all); !n.isAfter(now); n = next(n, all)) {
            tick = n;
        }
        last = tick;
        runAll(tick);
        await();
    }

    private void await() {
        try {
            Instant next = next(last, settings());
            schedule(Duration.between(clock.instant(), next));
        } catch (RuntimeException e) {
            LOG.warn("day boundary: hall settings unreadable ({}), retrying", e.getClass().getSimpleName());
            schedule(maxSleep);
        }
    }

    private void schedule(Duration wait) {
        long nanos = Math.max(0, Math.min(wait.toNanos(), maxSleep.toNanos()));
        try {
            executor.schedule(this::check, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private List<HallSettings> settings() {
        List<HallSettings> all = halls.get();
        return all.isEmpty() ? List.of(HallSettings.defaults()) : all;
    }

    private void runAll(Instant tick) {
        List<Registered> ordered = new ArrayList<>(tasks);
        ordered.sort(Comparator.comparing(Registered::phase));
        for (Registered r : ordered) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            try {
                r.task().run(tick);
            } catch (RuntimeException e) {
                // one failing task must neither stop the others nor end the schedule; the next tick retries
                LOG.warn("day boundary task {} failed at {}: {}", r.name(), tick, e.getClass().getSimpleName(), e);
            }
        }
    }

    /**
     * Returns the first tick after {@code after}: the earliest hall midnight or cut-off, plus one microsecond.
     */
    static Instant next(Instant after, List<HallSettings> halls) {
        Instant best = null;
        for (HallSettings hall : halls) {
            LocalDate day = after.atZone(hall.zone()).toLocalDate();
            for (int d = 0; d <= 1; d++) {
                LocalDate date = day.plusDays(d);
                best = earlier(best, date.atStartOfDay(hall.zone()).toInstant(), after);
                LocalTime cutoff = hall.cutoff();
                if (cutoff != null) {
                    best = earlier(best, date.atTime(cutoff).atZone(hall.zone()).toInstant(), after);
                }
            }
        }
        return best;
    }

    private static Instant earlier(Instant best, Instant boundary, Instant after) {
        Instant tick = boundary.plus(1, ChronoUnit.MICROS);
        return tick.isAfter(after) && (best == null || tick.isBefore(best)) ? tick : best;
    }

    /** Stops the thread, interrupting a running task, and waits for it to end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("day boundary: a task did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
