package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.yichuang.server.testing.SharedPostgres;

/** V6: a case stored before the lifecycle was received and never decided; it must not come out "accepted". */
class LifecycleMigrationTest {

    @Test
    void a_case_from_before_v6_becomes_received_with_no_acceptance_and_its_hall_day_of_receipt() {
        SharedPostgres pg = SharedPostgres.get();
        String name = pg.newEmptyDatabase();
        try {
            DataSource plain = pg.dataSource(name);
            Flyway.configure().dataSource(plain).locations("classpath:db/migration").target("1").load().migrate();
            Database.newJdbi(plain).useHandle(h -> {
                long hall = h.createUpdate("INSERT INTO halls (name) VALUES ('示范县政务服务中心')")
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                long counter = h.createUpdate("INSERT INTO counters (hall_id, number, name) VALUES (:h, 1, '1号窗口')")
                        .bind("h", hall).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                long staff = h.createUpdate("INSERT INTO staff (username, display_name, password_hash, created_at) "
                        + "VALUES ('window1', '王晓燕', 'x', now())").executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                long item = h.createUpdate("INSERT INTO service_items (implementation_code, base_code, name, "
                        + "department, department_credit_code, level, case_kind, statutory_value, statutory_unit, "
                        + "promised_value, promised_unit) VALUES ('11330122002753014M4000101801000', '000101801000', "
                        + "'公共场所卫生许可证核发', '示范县卫生健康局', '11330122002753014M', '4', 'PROMISED', 20, "
                        + "'WORKING_DAYS', 5, 'WORKING_DAYS')").executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                long person = h.createUpdate("INSERT INTO persons (id_number, name, created_at, updated_at) "
                        + "VALUES ('11010519491231002X', '张三', now(), now())")
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                // 23:30 in Shanghai on 2026-03-02 is still 2026-03-02 15:30 UTC
                h.execute("INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, staff_id, "
                        + "received_at) VALUES ('C1', ?, ?, '张三', ?, ?, '2026-03-02T15:30:00Z')", item, person,
                        counter, staff);
            });

            try (Database database = pg.open(name, 2)) {   // migrates to the latest version
                Map<String, Object> row = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT state, state_version, accepted_at, acceptance_basis, d.legal_due_at, "
                                + "d.promised_due_at, decided_at, received_on::text AS received_on, department, "
                                + "supplement_notice_due_at, alert_level "
                                + "FROM cases JOIN case_clocks d ON d.case_id = cases.id WHERE case_no = 'C1'")
                        .mapToMap().one());

                assertThat(row.get("state")).isEqualTo("RECEIVED");
                assertThat(row.get("state_version")).isEqualTo(0);
                assertThat(row.get("accepted_at")).isNull();
                assertThat(row.get("acceptance_basis")).isNull();
                assertThat(row.get("legal_due_at")).isNull();
                assertThat(row.get("promised_due_at")).isNull();
                assertThat(row.get("decided_at")).isNull();
                assertThat(row.get("received_on")).isEqualTo("2026-03-02");
                assertThat(row.get("department")).isEqualTo("示范县卫生健康局");
                // never deemed accepted by the sweep either: it has no notice due time
                assertThat(row.get("supplement_notice_due_at")).isNull();
                assertThat(row.get("alert_level")).isEqualTo("NONE");
            }
        } finally {
            pg.drop(name);
        }
    }
}
