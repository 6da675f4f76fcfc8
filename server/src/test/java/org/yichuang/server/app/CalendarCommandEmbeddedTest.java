package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.server.testing.ApiClient;

class CalendarCommandEmbeddedTest {
    @TempDir
    Path dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        out.reset();
        err.reset();
        return new CalendarCommand(Map.of(), "/nonexistent",
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC()).run(List.of(args));
    }

    private String postmasterPid() {
        try {
            return java.nio.file.Files.readAllLines(dataDir.resolve("pgdata/postmaster.pid")).get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_command_uses_the_running_servers_embedded_database_and_its_own_once_the_server_stopped() {
        ServerConfig config = new ConfigLoader(Map.of(), "/nonexistent").load("--port", "0", "--data-dir",
                dataDir.toString(), "--demo-data");
        try (HallServer server = HallServer.start(config, Clock.systemUTC(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            String postmaster = postmasterPid();
            assertThat(run("2027-01-01,off,元旦\n", "import", "-", "--data-dir", dataDir.toString()))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("新版本 2");

            // starting the cluster a second time would have stopped the server's PostgreSQL as a leftover
            assertThat(postmasterPid()).isEqualTo(postmaster);
            assertThat(new ApiClient(server.baseUrl()).get("/health", null).status()).isEqualTo(200);
            int versions = server.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM calendar_versions")
                    .mapTo(Integer.class).one());
            assertThat(versions).isEqualTo(2);
        }

        assertThat(run("", "show", "2027", "--data-dir", dataDir.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("版本 2", "2027-01-01 周五 法定节假日 元旦")
                .doesNotContain("暂定");
    }
}
