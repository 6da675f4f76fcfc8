package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.yichuang.server.testing.SharedPostgres;

/** V3 must give every used idempotency key of an older database the clerk and counter of its case. */
class IdempotencyMigrationTest {

    @Test
    void used_keys_get_the_clerk_and_counter_of_their_case_and_a_key_without_a_case_is_dropped() {
        SharedPostgres pg = SharedPostgres.get();
        String name = pg.newEmptyDatabase();
        try {
            DataSource plain = pg.dataSource(name);
            Flyway.configure().dataSource(plain).locations("classpath:db/migration").target("1").load().migrate();
            long[] ids = writeOlderRows(Database.newJdbi(plain));

            try (Database database = pg.open(name, 2)) {   // migrates to the latest version
                Jdbi jdbi = database.jdbi();
                List<String> keys = jdbi.withHandle(h -> h.createQuery(
                        "SELECT key || ':' || staff_id || ':' || counter_id || ':' || case_id FROM idempotency_keys "
                                + "ORDER BY key").mapTo(String.class).list());

                assertThat(keys).containsExactly("k-1:" + ids[0] + ":" + ids[1] + ":" + ids[2]);
                // the same key is free at another counter, and still taken at the first one
                jdbi.useHandle(h -> h.execute("INSERT INTO idempotency_keys (staff_id, counter_id, key, request_hash, "
                        + "created_at) VALUES (?, ?, 'k-1', 'h', now())", ids[0], ids[3]));
                assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("INSERT INTO idempotency_keys (staff_id, "
                        + "counter_id, key, request_hash, created_at) VALUES (?, ?, 'k-1', 'h', now())", ids[0], ids[1])))
                        .hasMessageContaining("idempotency_keys_pkey");
            }
        } finally {
            pg.drop(name);
        }
    }

    /** Returns staff, counter 1, case and counter 2 ids. */
    private static long[] writeOlderRows(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            long hall = h.createUpdate("INSERT INTO halls (name) VALUES ('示范县政务服务中心')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long counter = h.createUpdate("INSERT INTO counters (hall_id, number, name) VALUES (:h, 1, '1号综合窗口')")
                    .bind("h", hall).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long counter2 = h.createUpdate("INSERT INTO counters (hall_id, number, name) VALUES (:h, 2, '2号综合窗口')")
                    .bind("h", hall).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long staff = h.createUpdate("INSERT INTO staff (username, display_name, password_hash, created_at) "
                    + "VALUES ('window1', '王晓燕', 'x', now())").executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
            long item = h.createUpdate("INSERT INTO service_items (implementation_code, base_code, name, department, "
                    + "department_credit_code, level, case_kind, statutory_value, statutory_unit, promised_value, "
                    + "promised_unit) VALUES ('11330122002753014M4000101801000', '000101801000', '公共场所卫生许可证核发', "
                    + "'示范县卫生健康局', '11330122002753014M', '4', 'PROMISED', 20, 'WORKING_DAYS', 5, 'WORKING_DAYS')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long person = h.createUpdate("INSERT INTO persons (id_number, name, created_at, updated_at) "
                    + "VALUES ('11010519491231002X', '张三', now(), now())")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long kase = h.createUpdate("INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, "
                    + "staff_id, received_at) VALUES ('C1', :i, :p, '张三', :c, :s, now())").bind("i", item)
                    .bind("p", person).bind("c", counter).bind("s", staff).executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
            h.execute("INSERT INTO idempotency_keys (key, request_hash, case_id, created_at) VALUES ('k-1', 'h', ?, now())",
                    kase);
            h.execute("INSERT INTO idempotency_keys (key, request_hash, created_at) VALUES ('k-orphan', 'h', now())");
            return new long[] {staff, counter, kase, counter2};
        });
    }
}
