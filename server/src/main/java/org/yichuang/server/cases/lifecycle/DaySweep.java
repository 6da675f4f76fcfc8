package org.yichuang.server.cases.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle's day sweep (日终处理): every received case whose 5-working-day notice period has passed without a
 * supplement notice becomes deemed accepted as of its receipt (视为受理, 许可法 Art. 32(4), RULES.md §6.5 last row).
 * {@code app} runs it at each hall's day boundary (in the hall's zone) and once at start, before the 红黄牌 recompute.
 * Each case is its own transaction. Then supplements that were due end (视为撤回 / 撤销受理 / 终止, RULES.md §2.3).
 */
public final class DaySweep {
    private static final Logger LOG = LoggerFactory.getLogger(DaySweep.class);
    /** Enough for any hall's day; a larger backlog is finished by the next run. */
    private static final int MAX_PER_RUN = 100_000;

    private final TransitionService transitions;
    private final Jdbi jdbi;
    private final Clock clock;

    /** Sweeps with the service's transitions. */
    public DaySweep(TransitionService transitions, Jdbi jdbi, Clock clock) {
        this.transitions = transitions;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Runs as of the clock's now; returns how many cases were deemed accepted. */
    public int runOnce() {
        return runOnce(clock.instant());
    }

    /**
     * Deems accepted every case whose notice period ended before {@code now}.
     *
     * @return how many cases were deemed accepted
     */
    public int runOnce(Instant now) {
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
        endOverdueSupplements(now);
        return deemed;
    }

    /**
     * Ends every case whose supplement (补正期限 / 容缺补交期限) ended before {@code now}: 视为撤回, or the hall's
     * deferralFailurePolicy for a 容缺 case (RULES.md §2.3). Runs with the deemed acceptances at each day boundary.
     *
     * @return how many cases were ended
     */
    public int endOverdueSupplements(Instant now) {
        List<Long> due = jdbi.withExtension(IntakeDao.class, dao -> dao.supplementOverdue(now, MAX_PER_RUN));
        int ended = 0;
        for (long id : due) {
            try {
                if (transitions.endOverdueSupplement(id, now)) {
                    ended++;
                }
            } catch (RuntimeException e) {
                LOG.warn("overdue supplement of case id {} failed: {}", id, e.getClass().getSimpleName(), e);
            }
        }
        if (ended > 0) {
            LOG.info("逾期未补正/未补齐：{} 件", ended);
        }
        return ended;
    }
}
