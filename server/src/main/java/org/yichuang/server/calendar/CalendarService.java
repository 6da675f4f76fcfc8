package org.yichuang.server.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.calendar.CalendarEntry;
import org.yichuang.core.calendar.CalendarSchedule;
import org.yichuang.core.calendar.CalendarVersion;
import org.yichuang.core.calendar.DayKind;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;

/**
 * Holds the working-day calendar deadlines use: the newest version in effect, built once from the database and kept
 * in memory (a {@link WorkCalendar} answers in O(1) and is immutable, so readers never lock). A new version replaces
 * it in one step; older versions are built on demand to explain deadlines computed under them.
 */
public final class CalendarService {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);
    /** Source of version 1, the schedule shipped with the program. */
    public static final String SHIPPED_SOURCE = "国办发明电〔2024〕12号 / 2025-11-04 通知 (随程序发布)";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<Integer, WorkCalendar> versions = new ConcurrentHashMap<>();
    private final List<CalendarChangeListener> listeners = new CopyOnWriteArrayList<>();
    private volatile WorkCalendar current;

    /** Reads the calendar tables through {@code jdbi}. */
    public CalendarService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Adds a listener told about every new version (see {@link CalendarChangeListener}). */
    public void addListener(CalendarChangeListener listener) {
        listeners.add(listener);
    }

    /** Returns the calendar in effect now. */
    public WorkCalendar current() {
        WorkCalendar c = current;
        if (c == null) {
            refreshQuietly();
            c = current;
        }
        if (c == null) {
            throw new IllegalStateException("no calendar version stored (the first start seeds one)");
        }
        return c;
    }

    /** Returns the calendar of a stored version, e.g. to explain a deadline computed under it. */
    public WorkCalendar version(int number) {
        WorkCalendar c = current;
        if (c != null && c.version().number() == number) {
            return c;
        }
        return versions.computeIfAbsent(number, n -> jdbi.withExtension(CalendarDao.class, dao -> build(dao,
                dao.version(n).orElseThrow(() -> new IllegalArgumentException("no calendar version " + n)))));
    }

    /**
     * Stores the shipped schedule as version 1 when no version exists (first start); safe when two processes race.
     *
     * @return true when it stored it
     */
    public boolean seedIfEmpty() {
        CalendarSchedule shipped = shipped();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean seeded = jdbi.inTransaction(h -> {
            CalendarDao dao = h.attach(CalendarDao.class);
            dao.lockCalendar();
            if (dao.newestNumber() != null) {
                return false;
            }
            int[] years = shipped.years().stream().mapToInt(Integer::intValue).toArray();
            // effective since always: deadlines of cases received before the first start are computed with it too
            store(h, 1, SHIPPED_SOURCE, Instant.EPOCH, now, null, years, shipped.entries());
            h.attach(AuditDao.class).record(now, null, AuditAction.CALENDAR_SEEDED, "1",
                    "years:" + shipped.years());
            return true;
        });
        if (seeded) {
            LOG.info("工作日历已写入随程序发布的版本 1（{} 年）", shipped.years());
        }
        return seeded;
    }

    /** Returns the schedule shipped with the program (2024–2026). */
    public static CalendarSchedule shipped() {
        return ShippedCalendar.load();
    }

    /**
     * Loads the newest version in effect when it differs from the one held (an import by another process, such as
     * the CLI, or a version whose effective time has come) and tells the listeners.
     *
     * @return what the listeners did; {@link CalendarChangeListener.Recomputed#NONE} when nothing changed
     */
    public CalendarChangeListener.Recomputed refresh() {
        Optional<WorkCalendar> changed = reload();
        return changed.map(c -> notifyListeners(c.version().number()))
                .orElse(CalendarChangeListener.Recomputed.NONE);
    }

    /**
     * Takes a version just committed in this process into effect and tells the listeners (they also finish what
     * another process left undone, so this is safe when the periodic {@link #refresh} got there first).
     */
    public CalendarChangeListener.Recomputed installed() {
        reload();
        return notifyListeners(current().version().number());
    }

    /** Tells the listeners about the version held now, whether or not it changed (start-up: finish earlier runs). */
    public CalendarChangeListener.Recomputed catchUp() {
        return notifyListeners(current().version().number());
    }

    private void refreshQuietly() {
        reload();
    }

    private synchronized Optional<WorkCalendar> reload() {
        Instant now = clock.instant();
        Optional<CalendarVersionRow> newest = jdbi.withExtension(CalendarDao.class, dao -> dao.newestEffective(now));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        WorkCalendar held = current;
        if (held != null && held.version().number() == newest.get().number()) {
            return Optional.empty();
        }
        WorkCalendar next = version(newest.get().number());
        current = next;
        versions.remove(next.version().number());
        if (held != null) {
            versions.put(held.version().number(), held);
        }
        LOG.info("工作日历版本 {} 生效", next.version().number());
        return Optional.of(next);
    }

    private CalendarChangeListener.Recomputed notifyListeners(int version) {
        CalendarChangeListener.Recomputed total = CalendarChangeListener.Recomputed.NONE;
        for (CalendarChangeListener l : listeners) {
            total = total.plus(l.calendarChanged(version));
        }
        return total;
    }

    /** Reads the version rows, oldest first. */
    public List<CalendarVersionRow> versionRows() {
        return jdbi.withExtension(CalendarDao.class, CalendarDao::versions);
    }

    static WorkCalendar build(CalendarDao dao, CalendarVersionRow row) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (CalendarDayRow d : dao.days(row.number())) {
            entries.add(new CalendarEntry(d.day(), DayKind.valueOf(d.kind()), d.holiday(), d.countsAsStatutory()));
        }
        return new WorkCalendar(new CalendarVersion(row.number(), row.source(), row.effectiveFrom()),
                CalendarSchedule.of(entries), new java.util.TreeSet<>(row.years()));
    }

    static void store(Handle h, int number, String source, Instant effectiveFrom, Instant now, Long staffId,
            int[] publishedYears, List<CalendarEntry> entries) {
        CalendarDao dao = h.attach(CalendarDao.class);
        dao.insertVersion(number, source, effectiveFrom, now, staffId, publishedYears);
        dao.insertDays(number, entries.stream().map(CalendarEntry::date).toList(),
                entries.stream().map(e -> e.kind().name()).toList(),
                entries.stream().map(CalendarEntry::holiday).toList(),
                entries.stream().map(CalendarEntry::countsAsStatutory).toList());
    }
}
