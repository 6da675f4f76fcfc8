package org.yichuang.server.cases.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day sweep (日终处理): at each hall's day boundary (in the hall's zone) and once at server start, every received
 * case whose 5-working-day notice period has passed without a supplement notice becomes deemed accepted as of its
 * receipt (视为受理, 许可法 Art. 32(4), RULES.md §6.5 last row). Each case is its own transaction.
 */
public final class DaySweep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DaySweep.class);
    /** Enough for any hall's day; a larger backlog is finished by the next run. */
    private static final int MAX_PER_RUN = 100_000;
    /** A little after midnight, so a clock a few milliseconds early does not run the old day again. */
    private static final Duration AFTER_MIDNIGHT = Duration.ofSeconds(5);

    private final TransitionService transitions;
    private final Jdbi jdbi;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "yichuang-day-sweep");
        t.setDaemon(true);
        return t;
    });

    /** Sweeps with the service's transitions. */
    public DaySweep(TransitionService transitions, Jdbi jdbi, Clock clock) {
        this.transitions = transitions;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Runs once now (in the background) and then at every hall day boundary. */
    public void start() {
        scheduler.execute(this::runAndReschedule);
    }

    /**
     * Deems accepted every case whose notice period ended before now.
     *
     * @return how many cases were deemed accepted
     */
    public int runOnce() {
        Instant now = clock.instant();
        List<Long> due = jdbi.withExtension(LifecycleDao.class, dao -> dao.noticeOverdue(now, MAX_PER_RUN));
        int deemed = 0;
        for (long id : due) {
            try {
                if (transitions.deemAccepted(id, now)) {
                    deemed++;
                }
            } catch (RuntimeException e) {
                // one bad case must not stop the others; it is tried again at the next boundary
                LOG.warn("deemed acceptance of case id {} failed: {}", id, e.getClass().getSimpleName(), e);
            }
        }
        if (deemed > 0) {
            LOG.info("视为受理：{} 件（收件后五个工作日内未一次告知补正）", deemed);
        }
        return deemed;
    }

    private void runAndReschedule() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("day sweep failed: {}", e.getClass().getSimpleName(), e);
        }
        try {
            scheduler.schedule(this::runAndReschedule, untilNextBoundary().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // closed while running, or the database is gone: try again in an hour
            if (!scheduler.isShutdown()) {
                LOG.warn("day sweep not rescheduled: {}", e.getClass().getSimpleName());
                scheduler.schedule(this::runAndReschedule, 1, TimeUnit.HOURS);
            }
        }
    }

    /** The time to the next midnight of any hall (each hall's day ends in its own zone). */
    Duration untilNextBoundary() {
        Instant now = clock.instant();
        List<String> zones = jdbi.withExtension(LifecycleDao.class, LifecycleDao::hallZones);
        Instant next = null;
        for (String zone : zones.isEmpty() ? List.of("Asia/Shanghai") : zones) {
            ZoneId z = ZoneId.of(zone);
            Instant midnight = LocalDate.ofInstant(now, z).plusDays(1).atStartOfDay(z).toInstant();
            next = next == null || midnight.isBefore(next) ? midnight : next;
        }
        return Duration.between(now, next).plus(AFTER_MIDNIGHT);
    }

    /** Stops the schedule; a run in progress finishes its current case. */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
