package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.server.account.InitialAdmin;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.SharedPostgres;

class ExternalDatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void with_a_db_url_the_server_migrates_that_database_and_starts_no_embedded_one() throws Exception {
        SharedPostgres pg = SharedPostgres.get();
        String name = pg.newMigratedDatabase();
        ServerConfig config = new ConfigLoader(Map.of("YICHUANG_DB_URL", pg.jdbcUrl(name)), "/nonexistent")
                .load("--port", "0", "--data-dir", dataDir.toString(), "--db-user", pg.user(), "--db-password", pg.password());

        try (HallServer server = HallServer.start(config, Clock.systemUTC(), System.out)) {
            ApiClient api = new ApiClient(server.baseUrl());
            assertThat(api.get("/health", null).status()).isEqualTo(200);
            String password = Files.readString(dataDir.resolve(InitialAdmin.PASSWORD_FILE)).strip();
            assertThat(api.get("/api/counters", api.signIn("admin", password, null)).json()).isEmpty();
        } finally {
            pg.drop(name);
        }
        assertThat(dataDir.resolve("pgdata")).doesNotExist();
    }
}
