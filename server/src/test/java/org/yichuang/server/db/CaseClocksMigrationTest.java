package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.yichuang.server.testing.SharedPostgres;

/** V21: the due dates move from the wide case row to case_clocks, each case keeping its own. */
class CaseClocksMigrationTest {

    @Test
    void each_case_keeps_its_due_dates_in_its_case_clocks_row_and_a_new_case_gets_one_whose_open_flag_follows_its_state() {
        SharedPostgres pg = SharedPostgres.get();
        String name = pg.newEmptyDatabase();
        try {
            DataSource plain = pg.dataSource(name);
            Flyway.configure().dataSource(plain).locations("classpath:db/migration").target("18").load().migrate();
            Database.newJdbi(plain).useHandle(h -> {
                long hall = h.createUpdate("INSERT INTO halls (name) VALUES ('示范县政务服务中心')")
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                h.execute("INSERT INTO counters (hall_id, number, name) VALUES (?, 1, '1号窗口')", hall);
                h.execute("INSERT INTO staff (username, display_name, password_hash, created_at) "
                        + "VALUES ('window1', '王晓燕', 'x', now())");
                long item = h.createUpdate("INSERT INTO service_items (implementation_code, base_code, name, "
                        + "department, department_credit_code, level, case_kind, statutory_value, statutory_unit, "
                        + "promised_value, promised_unit) VALUES ('11330122002753014M4000101801000', '000101801000', "
                        + "'公共场所卫生许可证核发', '示范县卫生健康局', '11330122002753014M', '4', 'PROMISED', 20, "
                        + "'WORKING_DAYS', 5, 'WORKING_DAYS')").executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                h.execute("INSERT INTO service_item_versions (item_id, version, effective_from, in_force, item, "
                        + "recorded_at) VALUES (?, 1, now(), true, '{}', now())", item);
                h.execute("INSERT INTO persons (id_number, name, created_at, updated_at) "
                        + "VALUES ('11010519491231002X', '张三', now(), now())");
                insertCase(h, "RECEIVED-1", "RECEIVED", null, null, null, null, false);
                insertCase(h, "ACCEPTED-1", "ACCEPTED", "2026-03-02T02:00:00Z", "2026-03-30T16:00:00Z",
                        "2026-03-09T16:00:00Z", 3, true);
            });

            try (Database database = pg.open(name, 2)) {   // migrates to the latest version
                var jdbi = database.jdbi();
                assertThat(clocks(jdbi.open(), "RECEIVED-1")).containsExactly(null, null, null, false);
                assertThat(clocks(jdbi.open(), "ACCEPTED-1")).containsExactly(
                        Instant.parse("2026-03-30T16:00:00Z"), Instant.parse("2026-03-09T16:00:00Z"), 3, true);
                List<String> columns = jdbi.withHandle(h -> h.createQuery("SELECT column_name FROM "
                        + "information_schema.columns WHERE table_name = 'cases'").mapTo(String.class).list());
                assertThat(columns).contains("accepted_at", "state_version")
                        .doesNotContain("legal_due_at", "promised_due_at", "calendar_version", "deadline_moved");

                // whichever statement inserts a case, its clocks row comes with it (the case lists join it)
                jdbi.useHandle(h -> insertCase(h, "RECEIVED-2", "RECEIVED", null, null, null, null, false));
                assertThat(clocks(jdbi.open(), "RECEIVED-2")).containsExactly(null, null, null, false);

                // 未办结 follows the state, whichever statement writes it
                assertThat(open(jdbi.open(), "ACCEPTED-1")).isTrue();
                jdbi.useHandle(h -> insertCase(h, "DELIVERED-1", "DELIVERED", "2026-03-02T02:00:00Z", null, null,
                        null, false));
                assertThat(open(jdbi.open(), "DELIVERED-1")).isFalse();
                jdbi.useHandle(h -> h.execute("UPDATE cases SET state = 'APPROVED' WHERE case_no = 'ACCEPTED-1'"));
                assertThat(open(jdbi.open(), "ACCEPTED-1")).isFalse();
                jdbi.useHandle(h -> h.execute("UPDATE cases SET state = 'IN_REVIEW' WHERE case_no = 'ACCEPTED-1'"));
                assertThat(open(jdbi.open(), "ACCEPTED-1")).isTrue();
            }
        } finally {
            pg.drop(name);
        }
    }

    private static void insertCase(Handle h, String caseNo, String state, String accepted, String legal,
            String promised, Integer calendarVersion, boolean moved) {
        boolean before = h.createQuery("SELECT count(*) FROM information_schema.columns WHERE table_name = 'cases' "
                + "AND column_name = 'legal_due_at'").mapTo(Integer.class).one() > 0;
        String dates = before ? ", legal_due_at, promised_due_at, calendar_version, deadline_moved" : "";
        String values = before ? ", CAST(:legal AS timestamptz), CAST(:promised AS timestamptz), :version, :moved" : "";
        var insert = h.createUpdate("INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, staff_id, "
                + "received_at, item_version_id, received_on, department, state, accepted_at, acceptance_basis"
                + dates + ") SELECT :caseNo, v.item_id, (SELECT min(id) FROM persons), '张三', "
                + "(SELECT min(id) FROM counters), (SELECT min(id) FROM staff), '2026-03-02T01:00:00Z', v.id, "
                + "'2026-03-02', '示范县卫生健康局', :state, CAST(:accepted AS timestamptz), "
                + "CASE WHEN :accepted IS NULL THEN NULL ELSE 'NORMAL' END" + values
                + " FROM service_item_versions v ORDER BY v.id LIMIT 1")
                .bind("caseNo", caseNo).bind("state", state).bind("accepted", accepted);
        if (before) {
            insert.bind("legal", legal).bind("promised", promised).bind("version", calendarVersion)
                    .bind("moved", moved);
        }
        insert.execute();
    }

    private static List<Object> clocks(Handle h, String caseNo) {
        try (h) {
            Map<String, Object> row = h.createQuery("SELECT d.legal_due_at, d.promised_due_at, d.calendar_version, "
                    + "d.deadline_moved FROM case_clocks d JOIN cases k ON k.id = d.case_id WHERE k.case_no = :n")
                    .bind("n", caseNo).mapToMap().one();
            return java.util.Arrays.asList(instant(row.get("legal_due_at")), instant(row.get("promised_due_at")),
                    row.get("calendar_version"), row.get("deadline_moved"));
        }
    }

    private static boolean open(Handle h, String caseNo) {
        try (h) {
            return h.createQuery("SELECT d.open FROM case_clocks d JOIN cases k ON k.id = d.case_id "
                    + "WHERE k.case_no = :n").bind("n", caseNo).mapTo(Boolean.class).one();
        }
    }

    private static Instant instant(Object timestamp) {
        return timestamp == null ? null : ((java.sql.Timestamp) timestamp).toInstant();
    }
}
