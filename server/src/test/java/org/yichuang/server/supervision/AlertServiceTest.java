package org.yichuang.server.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.server.supervision.SupervisedCases.at;
import static org.yichuang.server.supervision.SupervisedCases.endOf;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.supervision.AlertLevel;

class AlertServiceTest {
    private static final WorkCalendar CALENDAR = ShippedCalendar.calendar();
    @RegisterExtension
    final DemoDatabase db = new DemoDatabase();
    private Jdbi jdbi;
    private SupervisedCases cases;
    private AlertService alerts;

    @BeforeEach
    void setUp() {
        jdbi = db.jdbi();
        cases = new SupervisedCases(jdbi);
        alerts = new AlertService(jdbi, () -> CALENDAR);
    }

    /** Judges one case (in a transaction of its own, under its row lock) and returns the level stored. */
    private AlertLevel refresh(long id, Instant now) {
        alerts.refreshCases(new long[] {id}, now);
        return AlertLevel.valueOf(cases.level(id));
    }

    private record Event(long caseId, long staffId, String oldLevel, String newLevel, String reason, Instant at) {
    }

    private List<Event> events() {
        return jdbi.withHandle(h -> h.createQuery("SELECT case_id, staff_id, old_level, new_level, reason, at "
                + "FROM alert_events ORDER BY id").map((rs, ctx) -> new Event(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class)
                .toInstant())).list());
    }

    private long staffId(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM staff WHERE username = :u").bind("u", username)
                .mapTo(Long.class).one());
    }

    @Test
    void refresh_writes_the_level_and_one_event_only_when_the_level_changes() {
        cases.thresholds(2, 100);
        // accepted 09-30, promised 5 WD = 10-14 (国庆 2025 skipped)
        long id = cases.newCase().staff("window1").accepted(at("2025-09-30", "10:00"))
                .due(endOf("2025-10-14"), endOf("2025-10-28")).insert();

        AlertLevel friday = refresh(id, at("2025-10-10", "09:00"));
        AlertLevel saturday = refresh(id, at("2025-10-11", "09:00"));
        AlertLevel again = refresh(id, at("2025-10-11", "15:00"));

        assertThat(friday).isEqualTo(AlertLevel.NONE);
        assertThat(saturday).isEqualTo(AlertLevel.WARNING);
        assertThat(again).isEqualTo(AlertLevel.WARNING);
        assertThat(cases.level(id)).isEqualTo("WARNING");
        List<Event> events = events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).oldLevel()).isEqualTo("NONE");
        assertThat(events.get(0).newLevel()).isEqualTo("WARNING");
        assertThat(events.get(0).staffId()).isEqualTo(staffId("window1"));
        assertThat(events.get(0).reason()).isEqualTo("距承诺办结期限（2025-10-14）还剩 2 个工作日");
        assertThat(events.get(0).at()).isEqualTo(at("2025-10-11", "09:00"));
        Instant changedAt = jdbi.withHandle(h -> h.createQuery("SELECT alert_changed_at FROM cases WHERE id = :id")
                .bind("id", id).mapTo(java.time.OffsetDateTime.class).one().toInstant());
        assertThat(changedAt).isEqualTo(at("2025-10-11", "09:00"));
    }

    @Test
    void the_hall_thresholds_come_from_the_halls_row() {
        long id = cases.newCase().accepted(at("2025-09-30", "10:00")).due(endOf("2025-10-14"), endOf("2025-10-28"))
                .insert();
        cases.thresholds(3, 100);
        assertThat(refresh(id, at("2025-10-10", "09:00"))).isEqualTo(AlertLevel.WARNING);
        cases.thresholds(2, 100);
        assertThat(refresh(id, at("2025-10-10", "09:00"))).isEqualTo(AlertLevel.NONE);
        assertThat(events()).extracting(Event::newLevel).containsExactly("WARNING", "NONE");
    }

    @Test
    void yellow_after_the_promised_day_red_after_the_statutory_day_and_none_once_decided() {
        long id = cases.newCase().due(endOf("2025-10-30"), endOf("2025-11-27")).insert();

        assertThat(refresh(id, at("2025-10-31", "00:00:00.000001"))).isEqualTo(AlertLevel.YELLOW);
        assertThat(refresh(id, at("2025-11-28", "00:00:00.000001"))).isEqualTo(AlertLevel.RED);
        jdbi.useHandle(h -> h.execute("UPDATE cases SET state = 'APPROVED' WHERE id = ?", id));
        assertThat(refresh(id, at("2025-11-28", "10:00"))).isEqualTo(AlertLevel.NONE);

        assertThat(events()).extracting(Event::newLevel).containsExactly("YELLOW", "RED", "NONE");
        assertThat(events()).extracting(Event::reason).containsExactly("已超过承诺办结期限（2025-10-30）",
                "已超过法定办结期限（2025-11-27）", "办件已办结或已终止，不再计时");
    }

    @Test
    void an_overdue_step_is_yellow() {
        long id = cases.newCase().step("初审", endOf("2025-09-30")).insert();

        assertThat(refresh(id, at("2025-10-09", "09:00"))).isEqualTo(AlertLevel.YELLOW);
        assertThat(events().get(0).reason()).isEqualTo("当前环节「初审」已超过环节时限（2025-09-30）");
    }

    @Test
    void a_case_in_a_special_procedure_is_judged_as_of_the_end_of_its_first_day() {
        long id = cases.newCase().state("SPECIAL_PROCEDURE").due(endOf("2025-10-30"), endOf("2025-11-27")).insert();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO case_suspensions (case_id, kind, reason, started_on, "
                + "started_by) VALUES (:id, 'EXPERT_REVIEW', '专家评审', DATE '2025-10-20', "
                + "(SELECT min(id) FROM staff))").bind("id", id).execute());

        // ten weeks later, still judged on 10-20: 8 working days left, no warning
        AlertLevel later = refresh(id, at("2026-01-05", "09:00"));

        assertThat(later).isEqualTo(AlertLevel.NONE);
        assertThat(cases.events(id)).isZero();
        jdbi.useHandle(h -> h.execute("UPDATE cases SET state = 'IN_REVIEW' WHERE id = ?", id));
        assertThat(refresh(id, at("2026-01-05", "09:00"))).isEqualTo(AlertLevel.RED);
    }

    @Test
    void the_sweep_changes_only_the_levels_that_moved_and_resets_decided_cases() {
        cases.thresholds(2, 100);
        long far = cases.newCase().due(endOf("2025-12-30"), endOf("2026-01-27")).insert();
        long warning = cases.newCase().due(endOf("2025-10-14"), endOf("2025-10-28")).insert();
        long yellow = cases.newCase().due(endOf("2025-10-09"), endOf("2025-10-28")).insert();
        long received = cases.newCase().state("RECEIVED").accepted(null).due(null, null).insert();
        long decided = cases.newCase().state("DELIVERED").level("RED").insert();
        long alreadyWarning = cases.newCase().due(endOf("2025-10-13"), endOf("2025-10-28")).level("WARNING").insert();

        int changed = alerts.recomputeOpen(at("2025-10-11", "00:00:00.000001"));

        assertThat(changed).isEqualTo(3);
        assertThat(cases.level(far)).isEqualTo("NONE");
        assertThat(cases.level(warning)).isEqualTo("WARNING");
        assertThat(cases.level(yellow)).isEqualTo("YELLOW");
        assertThat(cases.level(received)).isEqualTo("NONE");
        assertThat(cases.level(decided)).isEqualTo("NONE");
        assertThat(cases.level(alreadyWarning)).isEqualTo("WARNING");
        assertThat(events()).extracting(Event::caseId).containsExactly(warning, yellow, decided);
        assertThat(alerts.recomputeOpen(at("2025-10-11", "08:00"))).isZero();
        assertThat(events()).hasSize(3);
    }

    @Test
    void the_sweep_reads_past_its_chunk_size() {
        cases.thresholds(0, 100);
        cases.newCase().state("DELIVERED").insert(); // the applicant the bulk cases share
        jdbi.useHandle(h -> h.execute("""
                WITH k AS (
                INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, staff_id, received_at,
                                   item_version_id, received_on, department, state, accepted_at, acceptance_basis)
                SELECT 'BULK-' || g, v.item_id, p.id, '测试', (SELECT min(id) FROM counters), (SELECT min(id) FROM staff),
                       now(), v.id, current_date, '测试部门', 'ACCEPTED', now(), 'NORMAL'
                FROM generate_series(1, 4500) g,
                     (SELECT id, item_id FROM service_item_versions ORDER BY id LIMIT 1) v,
                     (SELECT id FROM persons ORDER BY id LIMIT 1) p
                RETURNING id, staff_id)
                INSERT INTO case_clocks (case_id, staff_id, legal_due_at, promised_due_at)
                SELECT id, staff_id, TIMESTAMPTZ '2025-11-28 00:00+08', TIMESTAMPTZ '2025-10-31 00:00+08' FROM k"""));

        int changed = alerts.recomputeOpen(at("2025-11-03", "09:00"));

        assertThat(changed).isEqualTo(4500);
        int yellow = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM cases WHERE alert_level = 'YELLOW'")
                .mapTo(Integer.class).one());
        assertThat(yellow).isEqualTo(4500);
    }

    @Test
    void refresh_cases_recomputes_the_given_cases_only() {
        long a = cases.newCase().due(endOf("2025-10-09"), endOf("2025-10-28")).insert();
        long b = cases.newCase().due(endOf("2025-10-09"), endOf("2025-10-28")).insert();

        int changed = alerts.refreshCases(new long[] {a}, at("2025-10-11", "09:00"));

        assertThat(changed).isEqualTo(1);
        assertThat(cases.level(a)).isEqualTo("YELLOW");
        assertThat(cases.level(b)).isEqualTo("NONE");
    }

    @Test
    void refresh_cases_locks_only_the_cases_whose_level_changes() {
        long a = cases.newCase().due(endOf("2025-10-09"), endOf("2025-10-28")).insert();
        long b = cases.newCase().due(endOf("2025-10-29"), endOf("2025-11-28")).insert();
        // xmax: the last transaction that locked or rewrote the row (here the insert's foreign-key check of its
        // case_clocks row); a refresh that locked b would leave its own
        String xmax = "SELECT xmax::text FROM cases WHERE id = :id";
        String before = jdbi.withHandle(h -> h.createQuery(xmax).bind("id", b).mapTo(String.class).one());

        int changed = alerts.refreshCases(new long[] {a, b}, at("2025-10-11", "09:00"));

        assertThat(changed).isEqualTo(1);
        assertThat(cases.level(a)).isEqualTo("YELLOW");
        assertThat(cases.level(b)).isEqualTo("NONE");
        String after = jdbi.withHandle(h -> h.createQuery(xmax).bind("id", b).mapTo(String.class).one());
        assertThat(after).as("b neither locked nor rewritten").isEqualTo(before);
    }
}
