package org.yichuang.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.yichuang.server.db.Database;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.SharedPostgres;
import org.yichuang.server.testing.TimeBound;

@TimeBound
class DatabaseDownTest {
    @TempDir
    Path dir;

    @Test
    void without_its_database_the_server_answers_503_DATABASE_UNAVAILABLE_quickly_everywhere() {
        SharedPostgres pg = SharedPostgres.get();
        Database database = pg.open(pg.newDemoDatabase(), 2);
        ServerConfig config = new ServerConfig(0, "127.0.0.1", null, null, null, dir, null, null, false, 65536,
                Duration.ofHours(12), 5, Duration.ofMinutes(15), null, 20);
        ListAppender<ILoggingEvent> errors = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        errors.start();
        root.addAppender(errors);
        try (HallServer server = HallServer.start(config, database, null, Clock.systemUTC(), System.out)) {
            ApiClient api = new ApiClient(server.baseUrl());
            String token = api.signIn("window1", "test-window-password", 1);
            assertThat(api.get("/health", null).status()).isEqualTo(200);

            database.close();
            Response health = api.get("/health", null);
            long t0 = System.nanoTime();
            Response items = api.get("/api/items", token);
            long millis = (System.nanoTime() - t0) / 1_000_000;

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.code()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(items.status()).isEqualTo(503);
            assertThat(items.code()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(items.body()).doesNotContain("Exception");
            assertThat(millis).isLessThan(2_000);
            // an outage is expected, not a defect: a warning naming the failure's shape, no stack trace
            assertThat(errors.list).anySatisfy(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).contains("database unavailable");
                assertThat(e.getThrowableProxy()).isNull();
            });
        } finally {
            root.detachAppender(errors);
        }
    }
}
