package org.yichuang.server.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.queue.QueueSettingsChange;
import org.yichuang.core.api.queue.QueueSettingsView;
import org.yichuang.core.catalog.Violation;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.queue.QueueSettingsRules;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.hall.HallDao;
import org.yichuang.server.hall.HallRow;

/**
 * A hall's queue settings (叫号设置): read by every signed-in role (reception needs the categories), replaced whole by
 * an administrator after core's {@link QueueSettingsRules} pass, with optimistic locking and an audit row.
 */
public final class QueueSettingsService {
    /** How old a head read may be when a request uses it. */
    static final Duration HEAD_MAX_AGE = Duration.ofSeconds(1);

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final SecureRandom random;
    private final Clock clock;
    private final QueueChanges changes;
    private volatile Loaded loaded;
    /**
     * The last head read (hall, settings version, first hold's end) and when: every queue request needs it, and
     * reading it in each one was a quarter of a counter action's round trips (bench/queue-load.sh).
     */
    private volatile ReadHead head;
    /** Bumped by {@link #forgetHead}: a read that began before a forget does not keep its older head. */
    private final AtomicLong headGeneration = new AtomicLong();
    /** Per hall, the queue day whose earlier days this instance has closed: each new day's close runs once here. */
    private final java.util.Map<Long, LocalDate> closedBefore = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Stores through {@code jdbi}; {@code json} must be the server's strict mapper; {@code changes} is told when a
     * day's close writes queue events.
     */
    public QueueSettingsService(Jdbi jdbi, ObjectMapper json, SecureRandom random, Clock clock, QueueChanges changes) {
        this.jdbi = jdbi;
        this.json = json;
        this.random = random;
        this.clock = clock;
        this.changes = changes;
    }

    /** Returns the served hall's settings; a hall that has saved none gets the defaults (version 0). */
    public QueueSettingsView current() {
        return jdbi.inTransaction(h -> {
            QueueSettingsRow row = row(h, hall(h));
            return new QueueSettingsView(row.version(), parse(row.settings()));
        });
    }

    /**
     * Replaces the settings (ADMIN).
     *
     * @throws DomainException QUEUE_SETTINGS_INVALID with every violation as a problem; QUEUE_SETTINGS_CONFLICT when
     *                         someone saved since {@code expectedVersion}
     */
    public QueueSettingsView save(Principal admin, QueueSettingsChange change) {
        if (change == null || change.settings() == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请提交完整的叫号设置。");
        }
        List<Violation> violations = QueueSettingsRules.check(change.settings());
        if (!violations.isEmpty()) {
            throw new DomainException(ErrorCode.QUEUE_SETTINGS_INVALID,
                    "叫号设置有 " + violations.size() + " 处需要修改：" + violations.get(0).message(),
                    violations.stream().map(v -> Problem.at(v.field(), v.code(), v.message())).toList());
        }
        return jdbi.inTransaction(h -> {
            HallRow hall = hall(h);
            row(h, hall);
            int changed = h.attach(QueueSettingsDao.class).replace(hall.id(), write(change.settings()),
                    change.expectedVersion(), clock.instant(), admin.staffId());
            if (changed == 0) {
                throw new DomainException(ErrorCode.QUEUE_SETTINGS_CONFLICT);
            }
            h.attach(AuditDao.class).record(clock.instant(), admin.staffId(), AuditAction.QUEUE_SETTINGS_CHANGED,
                    "hall:" + hall.id(), "version " + (change.expectedVersion() + 1));
            h.afterCommit(this::forgetHead);
            return new QueueSettingsView(change.expectedVersion() + 1, change.settings());
        });
    }

    /**
     * Seeds the settings of a demo hall ({@code ./yichuang demo}) unless an administrator has saved some: version 1,
     * by the system (no staff), audited; with the places per booking slot of the categories given. A restart, or a
     * hall whose settings were saved, changes nothing.
     *
     * @return true when seeded
     */
    public boolean seedUnlessSaved(QueueSettings settings, java.util.Map<String, Integer> slotCapacities) {
        List<Violation> violations = QueueSettingsRules.check(settings);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("demo queue settings break " + violations.get(0).message());
        }
        return jdbi.inTransaction(h -> {
            HallRow hall = h.attach(HallDao.class).firstHall().orElse(null);
            if (hall == null || row(h, hall).version() > 0
                    || h.attach(QueueSettingsDao.class).replace(hall.id(), write(settings), 0, clock.instant(),
                    null) == 0) {
                return false;
            }
            h.attach(AuditDao.class).record(clock.instant(), null, AuditAction.QUEUE_SETTINGS_CHANGED,
                    "hall:" + hall.id(), "version 1 (demo)");
            slotCapacities.forEach((code, places) -> {
                h.attach(BookingDao.class).setCapacity(hall.id(), code, places, clock.instant(), null);
                h.attach(AuditDao.class).record(clock.instant(), null, AuditAction.BOOKING_CAPACITY_CHANGED,
                        "queue-category:" + code, String.valueOf(places));
            });
            return true;
        });
    }

    /** The settings and secret inside an open transaction, created with the defaults on first use. */
    QueueSettingsRow row(Handle h, HallRow hall) {
        QueueSettingsDao dao = h.attach(QueueSettingsDao.class);
        return dao.find(hall.id()).orElseGet(() -> {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            String defaults = write(QueueSettings.defaults(dao.counterNumbers(hall.id())));
            // a concurrent first use may win the insert and hide its row from this statement's snapshot
            return dao.ensure(hall.id(), defaults, secret, clock.instant()).or(() -> dao.find(hall.id()))
                    .orElseThrow();
        });
    }

    /**
     * The queue's head at {@code now}: read in {@code h} when this instance's last read is older than
     * {@link #HEAD_MAX_AGE} (by the monotonic clock and by {@code now}, so a test clock moved on reads afresh) or was
     * forgotten. A change committed on this instance (settings saved, a hold set or returned) is forgotten after its
     * commit, so it applies to the next request here; one made on another instance applies here within
     * {@link #HEAD_MAX_AGE}, as if the request had come that much earlier.
     *
     * @throws DomainException HALL_NOT_REGISTERED
     */
    QueueSettingsDao.QueueHead head(Handle h, Instant now) {
        long nanos = System.nanoTime();
        ReadHead last = head;
        if (last != null && nanos - last.nanos() < HEAD_MAX_AGE.toNanos() && !now.isBefore(last.at())
                && now.isBefore(last.at().plus(HEAD_MAX_AGE))) {
            return last.head();
        }
        long generation = headGeneration.get();
        QueueSettingsDao.QueueHead fresh = h.attach(QueueSettingsDao.class).head()
                .orElseThrow(() -> new DomainException(ErrorCode.HALL_NOT_REGISTERED));
        if (headGeneration.get() == generation) {
            head = new ReadHead(fresh, nanos, now);
        }
        return fresh;
    }

    /** Makes the next request read the head (after the commit of a change to it). */
    void forgetHead() {
        headGeneration.incrementAndGet();
        head = null;
    }

    private record ReadHead(QueueSettingsDao.QueueHead head, long nanos, Instant at) {
    }

    /** Whether this instance has committed the close of every queue day before {@code day} (日终关闭). */
    boolean dayClosed(long hallId, LocalDate day) {
        LocalDate closed = closedBefore.get(hallId);
        return closed != null && !closed.isBefore(day);
    }

    /** Where a day's close reports the queue events it wrote. */
    QueueChanges changes() {
        return changes;
    }

    /** Notes, after its commit, that the days before {@code day} are closed. */
    void markDayClosed(long hallId, LocalDate day) {
        closedBefore.merge(hallId, day, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The hall this server serves. */
    static HallRow hall(Handle h) {
        return h.attach(HallDao.class).firstHall()
                .orElseThrow(() -> new DomainException(ErrorCode.HALL_NOT_REGISTERED));
    }

    /**
     * The settings of {@code version} (and the person-key secret), read and parsed once per version: every queue
     * request needs them, and a hall of 200 counters stores some 20 kB of JSON. A version's text never changes
     * (saving makes a new version), so the kept copy is exact.
     */
    Loaded settings(Handle h, HallRow hall, Integer version) {
        Loaded last = loaded;
        if (version != null && last != null && last.hallId() == hall.id() && last.version() == version) {
            return last;
        }
        QueueSettingsRow row = row(h, hall);
        Loaded fresh = new Loaded(hall.id(), row.version(), parse(row.settings()), row.personKeySecret());
        loaded = fresh;
        return fresh;
    }

    /** One version of a hall's settings, parsed. */
    record Loaded(long hallId, int version, QueueSettings settings, byte[] personKeySecret) {
    }

    /** Reads stored settings (JSON of core's {@code QueueSettings}). */
    QueueSettings parse(String stored) {
        try {
            return json.readValue(stored, QueueSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored queue settings do not parse", e);
        }
    }

    private String write(QueueSettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
