package org.yichuang.server.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.yichuang.core.calendar.ClockSettings;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;

/**
 * Accepted, open cases written straight into PostgreSQL (tests and the recompute benchmark): per day of a range,
 * {@code perDay} cases accepted at 10:00 hall time under one item version, with the due dates the given calendar
 * computes, so that they are exactly what acceptance would have stored. One INSERT ... SELECT over generate_series.
 */
public final class OpenCases {
    /** Hall time of every seeded acceptance. */
    public static final LocalTime ACCEPTED_AT = LocalTime.of(10, 0);

    private OpenCases() {
    }

    /** An item version whose statutory and promised limits are both working days, with those limits. */
    public record Item(long versionId, TimeLimit statutory, TimeLimit promised) {
    }

    /** Returns the first item version with working-day limits. */
    public static Item workingDayItem(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id, (item -> 'statutoryLimit' ->> 'value')::int AS s, (item -> 'promisedLimit' ->> 'value')::int AS p
                FROM service_item_versions
                WHERE item -> 'statutoryLimit' ->> 'unit' = 'WORKING_DAYS'
                  AND item -> 'promisedLimit' ->> 'unit' = 'WORKING_DAYS'
                  AND (item -> 'promisedLimit' ->> 'value')::int > 0
                ORDER BY id LIMIT 1""")
                .map((rs, ctx) -> new Item(rs.getLong("id"), new TimeLimit(rs.getInt("s"), LimitUnit.WORKING_DAYS),
                        new TimeLimit(rs.getInt("p"), LimitUnit.WORKING_DAYS))).one());
    }

    /**
     * Seeds the cases and returns how many; their numbers start with {@code prefix}.
     *
     * @param state e.g. ACCEPTED (open) or APPROVED (decided)
     */
    public static long seed(Jdbi jdbi, WorkCalendar calendar, ZoneId zone, Item item, LocalDate from, LocalDate to,
            int perDay, String state, String prefix) {
        DeadlineCalculator calc = new DeadlineCalculator(calendar, ClockSettings.standard());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return jdbi.inTransaction(h -> {
            h.execute("CREATE TEMP TABLE IF NOT EXISTS seed_days (day date, accepted timestamptz, legal timestamptz, "
                    + "promised timestamptz) ON COMMIT DROP");
            PreparedBatch batch = h.prepareBatch("INSERT INTO seed_days VALUES (:day, :accepted, :legal, :promised)");
            for (LocalDate d : days) {
                var start = d.atTime(ACCEPTED_AT);
                batch.bind("day", d).bind("accepted", start.atZone(zone).toOffsetDateTime())
                        .bind("legal", calc.compute(DeadlineInput.of(start, item.statutory())).dueAt().atZone(zone)
                                .toOffsetDateTime())
                        .bind("promised", calc.compute(DeadlineInput.of(start, item.promised())).dueAt().atZone(zone)
                                .toOffsetDateTime())
                        .add();
            }
            batch.execute();
            long person = h.createQuery("INSERT INTO persons (id_number, name, created_at, updated_at) VALUES "
                    + "(:n, '测试申请人', now(), now()) ON CONFLICT (id_number, id_type) DO UPDATE SET updated_at = now() "
                    + "RETURNING id").bind("n", "11010519491231002X").mapTo(Long.class).one();
            // the due dates go to the cases' case_clocks rows (V21) in the same statement
            return (long) h.createUpdate("""
                    WITH k AS (
                        INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, staff_id,
                                           received_at, item_version_id, received_on, department, state, accepted_at,
                                           acceptance_basis)
                        SELECT :prefix || '-' || d.day || '-' || g, v.item_id, :person, '测试申请人',
                               (SELECT min(id) FROM counters), (SELECT min(id) FROM staff), d.accepted, v.id, d.day,
                               '测试部门', :state, d.accepted, 'NORMAL'
                        FROM seed_days d CROSS JOIN generate_series(1, :perDay) g
                        JOIN service_item_versions v ON v.id = :itemVersion
                        RETURNING id, staff_id, received_on)
                    INSERT INTO case_clocks (case_id, staff_id, legal_due_at, promised_due_at, calendar_version)
                    SELECT k.id, k.staff_id, d.legal, d.promised, :version
                    FROM k JOIN seed_days d ON d.day = k.received_on""")
                    .bind("prefix", prefix).bind("person", person).bind("state", state)
                    .bind("version", calendar.version().number()).bind("perDay", perDay)
                    .bind("itemVersion", item.versionId()).execute();
        });
    }
}
