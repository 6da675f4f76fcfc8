package org.yichuang.server.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.supervision.AlertAssessment;
import org.yichuang.core.supervision.AlertLevel;
import org.yichuang.core.supervision.AlertPolicy;
import org.yichuang.core.supervision.ClockPhase;

/**
 * Keeps every case's 红黄牌 level (cases.alert_level) equal to what {@link AlertPolicy} says, and records each change
 * as an alert_events row (staff = the case's clerk) for the alert stream. A transition judges its own case with the
 * same core policy and writes the level with its other columns (cases.lifecycle); the deadline recompute calls
 * {@link #refreshCases} after moving due dates, and the day boundary calls {@link #recomputeOpen}.
 *
 * <p>A level is written only under the case's row lock, from facts read after taking it: a sweep that read a case
 * before a transition changed it re-reads it, so it never writes a stale level over a fresh one.
 */
public final class AlertService {
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    /** Cases read per sweep query: big enough for few round trips, small enough to stay a few MB. */
    static final int CHUNK = 2_000;
    private static final String[] CLOCK_STATES = ClockPhase.clockStates().toArray(String[]::new);

    private final Jdbi jdbi;
    private final Supplier<WorkCalendar> calendar;

    /**
     * Judges with the current calendar ({@code CalendarService::current}).
     */
    public AlertService(Jdbi jdbi, Supplier<WorkCalendar> calendar) {
        this.jdbi = jdbi;
        this.calendar = calendar;
    }

    /**
     * Recomputes the levels of the given cases (e.g. whose due dates a calendar change just moved), in transactions
     * of its own; returns how many levels changed. Like the sweep, it reads without locks and locks only the cases
     * whose level changes: a row lock rewrites the wide case row's header, and a calendar change moves up to every
     * open case while changing few levels.
     */
    public int refreshCases(long[] caseIds, Instant now) {
        WorkCalendar cal = calendar.get();
        int changed = 0;
        for (int from = 0; from < caseIds.length; from += CHUNK) {
            Long[] ids = new Long[Math.min(CHUNK, caseIds.length - from)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = caseIds[from + i];
            }
            List<Long> candidates = new ArrayList<>();
            for (AlertCaseRow row : jdbi.withHandle(h -> h.attach(AlertDao.class).facts(ids))) {
                if (assess(row, now, cal).level() != row.level()) {
                    candidates.add(row.id());
                }
            }
            if (!candidates.isEmpty()) {
                Long[] locked = candidates.toArray(Long[]::new);
                changed += jdbi.inTransaction(h -> relock(h.attach(AlertDao.class), locked, now, cal).size());
            }
        }
        return changed;
    }

    /**
     * The day-boundary sweep: recomputes every case whose clock runs or is stopped, and every case that still carries
     * a level, at {@code now}. Reads in chunks without locks and locks only the cases whose level changes (few on an
     * ordinary day), so transitions are not held up. Returns how many levels changed.
     */
    public int recomputeOpen(Instant now) {
        WorkCalendar cal = calendar.get();
        long started = System.nanoTime();
        long after = 0;
        int read = 0;
        int changed = 0;
        while (true) {
            long from = after;
            List<AlertCaseRow> chunk = jdbi.withHandle(h -> h.attach(AlertDao.class).openAfter(from, CLOCK_STATES,
                    CHUNK));
            if (chunk.isEmpty()) {
                break;
            }
            read += chunk.size();
            List<Long> candidates = new ArrayList<>();
            for (AlertCaseRow row : chunk) {
                if (assess(row, now, cal).level() != row.level()) {
                    candidates.add(row.id());
                }
            }
            if (!candidates.isEmpty()) {
                Long[] ids = candidates.toArray(Long[]::new);
                changed += jdbi.inTransaction(h -> relock(h.attach(AlertDao.class), ids, now, cal).size());
            }
            after = chunk.get(chunk.size() - 1).id();
        }
        LOG.info("红黄牌 sweep at {}: {} cases judged, {} levels changed in {} ms", now, read, changed,
                (System.nanoTime() - started) / 1_000_000);
        return changed;
    }

    /** Judges one case with the current calendar (the lists show the remaining working days from it). */
    public AlertAssessment assess(AlertCaseRow row, Instant now) {
        return assess(row, now, calendar.get());
    }

    private static AlertAssessment assess(AlertCaseRow row, Instant now, WorkCalendar cal) {
        return new AlertPolicy(row.thresholds()).assess(row.facts(), now, row.zone(), cal::workingDaysBetween);
    }

    private record Change(AlertCaseRow row, AlertAssessment assessment) {
    }

    /** Locks the cases, re-reads them, and stores every changed level with its event; returns the changes. */
    private static List<Change> relock(AlertDao dao, Long[] ids, Instant now, WorkCalendar cal) {
        dao.lock(ids);
        List<Change> changes = new ArrayList<>();
        for (AlertCaseRow row : dao.facts(ids)) {
            AlertAssessment a = assess(row, now, cal);
            if (a.level() != row.level()) {
                changes.add(new Change(row, a));
            }
        }
        if (!changes.isEmpty()) {
            store(dao, changes, now);
        }
        return changes;
    }

    private static void store(AlertDao dao, List<Change> changes, Instant now) {
        Long[] caseIds = changes.stream().map(c -> c.row().id()).toArray(Long[]::new);
        String[] levels = changes.stream().map(c -> c.assessment().level().name()).toArray(String[]::new);
        // one statement each, not one per case: a first sweep may change most of 100,000 levels
        dao.setLevels(caseIds, levels, now);
        dao.insertEvents(caseIds, changes.stream().map(c -> c.row().staffId()).toArray(Long[]::new), now,
                changes.stream().map(c -> c.row().alertLevel()).toArray(String[]::new), levels,
                changes.stream().map(c -> c.assessment().reason()).toArray(String[]::new));
    }
}
