package org.yichuang.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.NewCase;
import org.yichuang.server.account.PasswordHasher;
import org.yichuang.server.app.HallServer;
import org.yichuang.server.app.ServerConfig;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.SharedPostgres;

/** V2 must apply to a database session 1 wrote: old demo items without versions, and cases under them. */
class CatalogMigrationTest {
    private static final String LEGACY_CODE = "11330122002753014M4000101801000";
    private static final String LEGACY_CASE = LEGACY_CODE + "202603010001";

    @TempDir
    Path dataDir;

    private static void writeSession1Rows(Jdbi jdbi, String passwordHash) {
        jdbi.useHandle(h -> {
            long hall = h.createUpdate("INSERT INTO halls (name) VALUES ('示范县政务服务中心')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long counter = h.createUpdate("INSERT INTO counters (hall_id, number, name) VALUES (:h, 1, '1号综合窗口')")
                    .bind("h", hall).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long staff = h.createUpdate("INSERT INTO staff (username, display_name, password_hash, created_at) "
                    + "VALUES ('window1', '王晓燕', :p, now())").bind("p", passwordHash)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("INSERT INTO staff_roles (staff_id, role) VALUES (?, 'WINDOW')", staff);
            long item = h.createUpdate("INSERT INTO service_items (implementation_code, base_code, name, department, "
                    + "department_credit_code, level, case_kind, statutory_value, statutory_unit, promised_value, "
                    + "promised_unit) VALUES (:c, '000101801000', '公共场所卫生许可证核发', '示范县卫生健康局', "
                    + "'11330122002753014M', '4', 'PROMISED', 20, 'WORKING_DAYS', 5, 'WORKING_DAYS')")
                    .bind("c", LEGACY_CODE).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long person = h.createUpdate("INSERT INTO persons (id_number, name, created_at, updated_at) "
                    + "VALUES ('11010519491231002X', '张三', now(), now())")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("INSERT INTO case_sequences (item_id, day, last_value) VALUES (?, '2026-03-01', 1)", item);
            h.execute("INSERT INTO cases (case_no, item_id, person_id, applicant_name, counter_id, staff_id, "
                    + "received_at) VALUES (?, ?, ?, '张三', ?, ?, '2026-03-01T02:00:00Z')", LEGACY_CASE, item, person,
                    counter, staff);
        });
    }

    @Test
    void a_session_1_demo_database_migrates_keeps_its_cases_and_gets_the_shipped_demo_catalog() {
        SharedPostgres pg = SharedPostgres.get();
        String name = pg.newEmptyDatabase();
        try {
            DataSource plain = pg.dataSource(name);
            Flyway.configure().dataSource(plain).locations("classpath:db/migration").target("1").load().migrate();
            writeSession1Rows(Database.newJdbi(plain), new PasswordHasher().hash("window-pw"));

            Database database = pg.open(name, 4);   // migrates to the latest version
            Jdbi jdbi = database.jdbi();
            Boolean legacyInForce = jdbi.withHandle(h -> h.createQuery("SELECT in_force FROM service_items")
                    .mapTo(Boolean.class).one());
            Long legacyVersion = jdbi.withHandle(h -> h.createQuery("SELECT item_version_id FROM cases")
                    .mapTo(Long.class).one());
            assertThat(legacyInForce).isFalse();
            assertThat(legacyVersion).isNull();

            MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
            ServerConfig config = new ServerConfig(0, "127.0.0.1", null, null, null, dataDir, null, null, true, 65536,
                    Duration.ofHours(12), 5, Duration.ofMinutes(15), null, 20);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (HallServer server = HallServer.start(config, database, null, clock,
                    new PrintStream(out, true, StandardCharsets.UTF_8))) {
                ApiClient api = new ApiClient(server.baseUrl());
                String token = api.signIn("window1", "window-pw", 1);

                Response items = api.get("/api/items", token);
                Response legacyCase = api.get("/api/cases/" + LEGACY_CASE, token);
                String newCode = items.json().get(0).path("implementationCode").asText();
                Response created = api.postJson("/api/cases", token, new NewCase(UUID.randomUUID().toString(),
                        newCode, new ApplicantInput("李四", "440524188001010014", null), null));

                assertThat(out.toString(StandardCharsets.UTF_8)).contains("已写入演示事项库");
                assertThat(items.json()).hasSize(45);
                assertThat(items.json().findValuesAsText("implementationCode")).doesNotContain(LEGACY_CODE);
                assertThat(api.get("/api/items/" + LEGACY_CODE, token).code()).isEqualTo("ITEM_NOT_FOUND");
                assertThat(legacyCase.status()).isEqualTo(200);
                assertThat(legacyCase.json().path("itemName").asText()).isEqualTo("公共场所卫生许可证核发");
                assertThat(legacyCase.json().path("promisedLimit").path("value").asInt()).isEqualTo(5);
                assertThat(created.status()).isEqualTo(201);
                Integer versioned = server.jdbi().withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM cases WHERE item_version_id IS NOT NULL").mapTo(Integer.class).one());
                assertThat(versioned).isEqualTo(1);
            }
        } finally {
            pg.drop(name);
        }
    }
}
