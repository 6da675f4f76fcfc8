package org.yichuang.server.deadline;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.calendar.ClockExtension;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.ClockStop;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.server.calendar.CalendarChangeListener;
import org.yichuang.server.calendar.CalendarService;
import org.yichuang.server.hall.HallSettings;

/**
 * Recomputes open deadlines after a calendar change (issue 9 item 6, RULES.md §6.6). Works from the database, not
 * from the change: every open case whose calendar version is older than the current one is brought to it, so a run
 * cut short (crash, restart) is finished by the next one, at start-up at the latest.
 *
 * <p>Per old version: the days that differ between it and the current calendar are found; cases whose period
 * (accepted day, latest due day] holds none of them keep their dates and only get the new version, in one UPDATE.
 * The others are streamed with a server-side cursor, recomputed with core's {@link DeadlineCalculator}, copied into
 * a temporary table (COPY) in batches and written back with one UPDATE per batch that also keeps the old values in
 * case_deadline_history and sets deadline_moved where a date moved. Each batch commits on its own.
 *
 * <p>The dates live in the narrow case_clocks table (V21), so a recompute never rewrites the wide case row: 1M cases
 * took 38 s on the case rows with their 13 indexes (PostgreSQL alone 42 s), see bench/calendar-recompute.sh.
 */
public final class DeadlineRecompute implements CalendarChangeListener {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecompute.class);
    /** pg_advisory_lock key: one recompute at a time across processes (server and CLI). */
    private static final long LOCK_KEY = 0x5943_4341_4c00_0001L;
    private static final int FETCH = 5_000;
    private static final int BATCH = 100_000;
    /**
     * Batches written at once, each on its own connection: rewriting a case updates every index on cases, which keeps
     * one PostgreSQL backend busy; two use both cores of a small hall server (1M cases: 49 s with one, 31 s with two).
     * A recompute then holds four connections (lock, reader, two writers) of the server's ten; three writers starved
     * the 4-connection pool of the bench's test server and its other requests got DATABASE_UNAVAILABLE.
     */
    private static final int WRITERS = 2;
    private static final int MAX_PASSES = 5;

    private final Jdbi jdbi;
    private final CalendarService calendars;
    private final Supplier<HallSettings> hall;
    private final AlertRefresh alerts;
    private final Clock clock;

    /** Wires the recompute. */
    public DeadlineRecompute(Jdbi jdbi, CalendarService calendars, Supplier<HallSettings> hall, AlertRefresh alerts,
            Clock clock) {
        this.jdbi = jdbi;
        this.calendars = calendars;
        this.hall = hall;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public Recomputed calendarChanged(int version) {
        try (Handle lock = jdbi.open()) {
            // session lock on its own connection: held across the batches' transactions, freed if we die
            lock.createQuery("SELECT pg_advisory_lock(:k)::text").bind("k", LOCK_KEY).mapTo(String.class).one();
            try {
                Recomputed total = Recomputed.NONE;
                for (int pass = 0; pass < MAX_PASSES; pass++) {
                    Recomputed r = pass(version);
                    total = total.plus(r);
                    if (r.checked() == 0) {
                        break;
                    }
                }
                return total;
            } finally {
                lock.createQuery("SELECT pg_advisory_unlock(:k)").bind("k", LOCK_KEY).mapTo(Boolean.class).one();
            }
        }
    }

    private Recomputed pass(int current) {
        List<Integer> stale = jdbi.withHandle(h -> h.createQuery(sql("staleVersions")).bind("current", current)
                .mapTo(Integer.class).list());
        Recomputed total = Recomputed.NONE;
        for (int old : stale) {
            total = total.plus(recompute(old, current));
        }
        return total;
    }

    /** Brings the open cases on version {@code old} to {@code current}. */
    Recomputed recompute(int old, int current) {
        long start = System.nanoTime();
        HallSettings settings = hall.get();
        ZoneId zone = settings.zone();
        WorkCalendar before = calendars.version(old);
        WorkCalendar after = calendars.version(current);
        LocalDate[] changed = changedDays(before, after);
        int untouched = jdbi.withHandle(h -> h.createUpdate(sql("advanceUntouched")).bind("current", current)
                .bind("old", old).bind("zone", zone.getId()).bind("changedDays", changed).execute());
        long advancedAt = System.nanoTime();
        DeadlineCalculator calculator = new DeadlineCalculator(after,
                ClockSettings.of(settings.cutoff(), settings.officeHours()));
        Map<Long, ItemLimits> limits = itemLimits();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String reason = "工作日历版本 " + current + " 生效（原版本 " + old + "）";
        AtomicLongArray counts = new AtomicLongArray(4);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> {
            Thread t = new Thread(r, "yichuang-deadline-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            Batches batches = new Batches(writers, old, current, now, reason, counts);
            jdbi.useTransaction(reader -> reader.createQuery(sql("touched")).bind("old", old).setFetchSize(FETCH)
                    .scanResultSet((supplier, ctx) -> {
                        try (ResultSet rs = supplier.get()) {
                            while (rs.next()) {
                                batches.add(compute(rs, limits, calculator, zone, today));
                            }
                        }
                        return null;
                    }));
            batches.finish();
        } finally {
            writers.shutdownNow();
        }
        LOG.info("calendar {} -> {}: {} open cases untouched ({} ms), {} recomputed, {} moved ({} ms, of which "
                + "writing {} ms, 红黄牌 refresh {} ms)", old, current, untouched, (advancedAt - start) / 1_000_000,
                counts.get(0), counts.get(1), (System.nanoTime() - advancedAt) / 1_000_000,
                counts.get(2) / 1_000_000, counts.get(3) / 1_000_000);
        return new Recomputed(untouched + counts.get(0), counts.get(1));
    }

    /** The days whose type differs between two calendars, in the years either has a schedule or difference for. */
    static LocalDate[] changedDays(WorkCalendar before, WorkCalendar after) {
        TreeSet<LocalDate> candidates = new TreeSet<>();
        before.schedule().entries().forEach(e -> candidates.add(e.date()));
        after.schedule().entries().forEach(e -> candidates.add(e.date()));
        List<LocalDate> changed = new ArrayList<>();
        for (LocalDate d : candidates) {
            if (before.isWorkingDay(d) != after.isWorkingDay(d)
                    || !Objects.equals(before.entry(d), after.entry(d))) {
                changed.add(d);
            }
        }
        return changed.toArray(LocalDate[]::new);
    }

    private Map<Long, ItemLimits> itemLimits() {
        Map<Long, ItemLimits> limits = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(sql("itemLimits")).map((rs, ctx) -> {
            limits.put(rs.getLong("id"), new ItemLimits(limit(rs, "statutory"), limit(rs, "promised")));
            return null;
        }).forEach(x -> { }));
        return limits;
    }

    private static TimeLimit limit(ResultSet rs, String prefix) throws SQLException {
        int value = rs.getInt(prefix + "_value");
        String unit = rs.getString(prefix + "_unit");
        return rs.wasNull() || unit == null ? null : new TimeLimit(value, LimitUnit.valueOf(unit));
    }

    private static Result compute(ResultSet rs, Map<Long, ItemLimits> limits, DeadlineCalculator calculator,
            ZoneId zone, LocalDate today) throws SQLException {
        long id = rs.getLong("id");
        Instant accepted = rs.getTimestamp("accepted_at").toInstant();
        Instant oldLegal = instant(rs.getTimestamp("legal_due_at"));
        Instant oldPromised = instant(rs.getTimestamp("promised_due_at"));
        int version = rs.getInt("version");
        List<ClockStop> stops = stops(rs);
        List<ClockExtension> extensions = extensions(rs);
        ItemLimits item = limits.getOrDefault(rs.getLong("item_version_id"), new ItemLimits(null, null));
        var start = accepted.atZone(zone).toLocalDateTime();
        Instant legal = due(calculator, item.statutory(), start, stops, extensions, today, zone, oldLegal);
        // extensions (Art. 42) move the statutory date only, as at the transition (core CaseDeadlines)
        // a 一件事 child runs its bundle's own limit (V16), as at its acceptance
        TimeLimit bundle = limit(rs, "bundle_limit");
        Instant promised = due(calculator, bundle != null ? bundle : item.promised(), start, stops, List.of(), today,
                zone, oldPromised);
        boolean moved = !Objects.equals(legal, oldLegal) || !Objects.equals(promised, oldPromised);
        return new Result(id, version, oldLegal, legal, oldPromised, promised, moved);
    }

    private static Instant due(DeadlineCalculator calculator, TimeLimit limit, java.time.LocalDateTime start,
            List<ClockStop> stops, List<ClockExtension> extensions, LocalDate today, ZoneId zone, Instant old) {
        if (limit == null || old == null) {
            // no limit of this kind, or no date set for it (e.g. 即办件): nothing to recompute
            return old;
        }
        var deadline = calculator.compute(new DeadlineInput(start, limit, stops, extensions, today));
        return deadline.dueAt().atZone(zone).toInstant();
    }

    private static List<ClockStop> stops(ResultSet rs) throws SQLException {
        Array starts = rs.getArray("starts");
        if (starts == null) {
            return List.of();
        }
        Object[] s = (Object[]) starts.getArray();
        Object[] e = (Object[]) rs.getArray("ends").getArray();
        Object[] k = (Object[]) rs.getArray("kinds").getArray();
        List<ClockStop> stops = new ArrayList<>(s.length);
        for (int i = 0; i < s.length; i++) {
            stops.add(new ClockStop((String) k[i], ((Date) s[i]).toLocalDate(),
                    e[i] == null ? null : ((Date) e[i]).toLocalDate(), ""));
        }
        return stops;
    }

    private static List<ClockExtension> extensions(ResultSet rs) throws SQLException {
        Array days = rs.getArray("days");
        if (days == null) {
            return List.of();
        }
        List<ClockExtension> list = new ArrayList<>();
        for (Object d : (Object[]) days.getArray()) {
            list.add(new ClockExtension(((Number) d).intValue(), ""));
        }
        return list;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String sql(String name) {
        return ClasspathSqlLocator.create().locate(DeadlineRecompute.class, name);
    }

    private record Result(long id, int version, Instant oldLegal, Instant newLegal, Instant oldPromised,
            Instant newPromised, boolean moved) {
    }

    /**
     * Results waiting to be written, a batch at a time: COPY into a temporary table, then one UPDATE with the history
     * insert, each batch in its own transaction on a writer thread while the reader goes on. At most {@link #WRITERS}
     * batches are in flight (memory stays bounded); the first failure is rethrown by {@link #finish}.
     */
    private final class Batches {
        private final ExecutorService writers;
        private final Semaphore inFlight = new Semaphore(WRITERS);
        private final List<Future<?>> written = new ArrayList<>();
        private final int old;
        private final int current;
        private final Instant now;
        private final String reason;
        private final AtomicLongArray counts;
        private StringBuilder copy = new StringBuilder(1 << 20);
        private List<Long> moved = new ArrayList<>();
        private int size;
        private long minId = Long.MAX_VALUE;
        private long maxId = Long.MIN_VALUE;

        Batches(ExecutorService writers, int old, int current, Instant now, String reason, AtomicLongArray counts) {
            this.writers = writers;
            this.old = old;
            this.current = current;
            this.now = now;
            this.reason = reason;
            this.counts = counts;
        }

        void add(Result r) {
            copy.append(r.id()).append('\t').append(r.version()).append('\t').append(text(r.oldLegal()))
                    .append('\t').append(text(r.newLegal())).append('\t').append(text(r.oldPromised())).append('\t')
                    .append(text(r.newPromised())).append('\t').append(r.moved() ? 't' : 'f').append('\n');
            size++;
            minId = Math.min(minId, r.id());
            maxId = Math.max(maxId, r.id());
            if (r.moved()) {
                moved.add(r.id());
            }
            if (size >= BATCH) {
                submit();
            }
        }

        /** Writes what is left and waits for every batch. */
        void finish() {
            submit();
            for (Future<?> f : written) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing recomputed deadlines", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }

        private void submit() {
            if (size == 0) {
                return;
            }
            String rows = copy.toString();
            long[] movedIds = moved.stream().mapToLong(Long::longValue).toArray();
            int batchSize = size;
            long from = minId;
            long to = maxId;
            copy = new StringBuilder(1 << 20);
            moved = new ArrayList<>();
            size = 0;
            minId = Long.MAX_VALUE;
            maxId = Long.MIN_VALUE;
            inFlight.acquireUninterruptibly();
            try {
                written.add(writers.submit(() -> {
                    try {
                        write(rows, movedIds, batchSize, from, to);
                    } finally {
                        inFlight.release();
                    }
                }));
            } catch (RuntimeException e) {
                inFlight.release();
                throw e;
            }
        }

        private void write(String rows, long[] movedIds, int batchSize, long from, long to) {
            long start = System.nanoTime();
            int applied = jdbi.inTransaction(h -> {
                h.execute(sql("createResults"));
                Connection c = h.getConnection();
                try {
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY deadline_recomputed FROM STDIN",
                            new StringReader(rows));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException("COPY of recomputed deadlines failed", e);
                }
                // without statistics the planner takes the fresh temporary table for tiny and may scan cases whole
                h.execute("ANALYZE deadline_recomputed");
                return h.createUpdate(sql("applyResults")).bind("current", current).bind("old", old)
                        .bind("minId", from).bind("maxId", to).bind("now", now).bind("reason", reason).execute();
            });
            counts.addAndGet(0, batchSize);
            counts.addAndGet(1, applied);
            counts.addAndGet(2, System.nanoTime() - start);
            if (movedIds.length > 0) {
                long alertStart = System.nanoTime();
                alerts.refreshCases(movedIds);
                counts.addAndGet(3, System.nanoTime() - alertStart);
            }
        }

        private String text(Instant i) {
            return i == null ? "\\N" : i.toString();
        }
    }
}
