package org.yichuang.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.staff.Role;
import org.yichuang.server.app.HallServer;
import org.yichuang.server.app.ServerConfig;
import org.yichuang.server.db.Database;
import org.yichuang.server.demo.DemoCatalog;
import org.yichuang.server.web.Json;

/**
 * The real server for tests: shared embedded PostgreSQL, a fresh database with the demo hall, counters, catalog
 * and one account per role (known passwords), and Javalin on a random loopback port.
 *
 * <pre>{@code
 * try (TestServer server = TestServer.start()) {
 *     server.baseUrl(); server.username(Role.WINDOW); server.password(Role.WINDOW);
 *     server.counterNo(); server.anyItemCode();
 * }
 * }</pre>
 */
public final class TestServer implements AutoCloseable {
    private static final Map<Role, String> USERNAMES = Map.of(Role.WINDOW, "window1", Role.BACK_OFFICE,
            "backoffice1", Role.RELEASE, "release1", Role.SUPERVISOR, "supervisor1", Role.ADMIN, "admin1");

    private final HallServer server;
    private final Path dataDir;
    private final String database;
    private final ServerConfig config;
    private final Clock clock;

    private TestServer(HallServer server, Path dataDir, String database, ServerConfig config, Clock clock) {
        this.server = server;
        this.dataDir = dataDir;
        this.database = database;
        this.config = config;
        this.clock = clock;
    }

    /** Starts a server on the system clock with the default settings. */
    public static TestServer start() {
        return start(Clock.systemUTC());
    }

    /** Starts a server on the given clock (expiry and lockout tests move it). */
    public static TestServer start(Clock clock) {
        return start(clock, 64 * 1024);
    }

    /** Starts a server on the given clock with a request body cap. */
    public static TestServer start(Clock clock, long maxBodyBytes) {
        return start(clock, maxBodyBytes, null);
    }

    /**
     * Starts a server on the given clock with a request body cap and public guide address.
     *
     * @param publicUrl null for the server's own address
     */
    public static TestServer start(Clock clock, long maxBodyBytes, String publicUrl) {
        return start(clock, maxBodyBytes, publicUrl, 20, ServerConfig.DEFAULT_STREAM_KEEP_ALIVE);
    }

    /**
     * Starts a server whose live streams send their keep-alive (and check sessions) this often: the tests of what
     * happens at a keep-alive need not wait the production 10 s for it.
     */
    public static TestServer startWithStreamKeepAlive(Clock clock, Duration keepAlive) {
        return start(clock, 64 * 1024, null, 20, keepAlive);
    }

    /**
     * A server for a suite that signs in once per test from one address, many times a second (the HallApi contract);
     * the per-address rate limit is tested on its own (SessionApiTest) with the default of 20.
     */
    public static TestServer startForManySignIns() {
        return start(Clock.systemUTC(), 64 * 1024, null, 10_000, ServerConfig.DEFAULT_STREAM_KEEP_ALIVE);
    }

    private static TestServer start(Clock clock, long maxBodyBytes, String publicUrl, int signInBurst,
            Duration keepAlive) {
        SharedPostgres postgres = SharedPostgres.get();
        String name = postgres.newDemoDatabase();
        Database database = postgres.open(name, 4);
        try {
            Path dataDir = Files.createTempDirectory("yichuang-test-data");
            ServerConfig config = new ServerConfig(0, "127.0.0.1", null, null, null, dataDir, null, null, false,
                    maxBodyBytes, Duration.ofHours(12), 5, Duration.ofMinutes(15), publicUrl, signInBurst,
                    ServerConfig.DEFAULT_DB_POOL_SIZE, keepAlive);
            return new TestServer(HallServer.start(config, database, null, clock, System.out), dataDir, name, config,
                    clock);
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Returns e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Returns the user name of the demo account with this role. */
    public String username(Role role) {
        return USERNAMES.get(role);
    }

    /** Returns the known password of the demo account with this role. */
    public String password(Role role) {
        return SharedPostgres.TestPasswords.of(role);
    }

    /** Returns a registered counter (综合窗口) number. */
    public int counterNo() {
        return 1;
    }

    /** Returns the implementation code (实施编码) of a seeded 承诺件 (公共场所卫生许可证核发 in the demo catalog). */
    public String anyItemCode() {
        return demoCatalog().items().stream().filter(i -> i.caseKind() == CaseKind.PROMISED).findFirst()
                .orElseThrow().implementationCode();
    }

    /** Returns the demo catalog every test server starts with (45 items, 5 bundles). */
    public CatalogDocument demoCatalog() {
        return new DemoCatalog(Json.newObjectMapper()).document();
    }

    /** Returns the server's database, for assertions on rows. */
    public Jdbi jdbi() {
        return server.jdbi();
    }

    /**
     * Opens another connection pool on the server's database, as a second server instance would have; the caller
     * closes it before the server.
     */
    public Database openPool(int size) {
        return SharedPostgres.get().open(database, size);
    }

    /**
     * Starts a second server instance on this server's database, with its own pool, LISTEN connection and port, as
     * another server process would be; the caller closes it before this server.
     */
    public Instance anotherInstance() {
        Database pool = openPool(4);
        try {
            Path dir = Files.createTempDirectory("yichuang-test-data");
            ServerConfig second = new ServerConfig(0, "127.0.0.1", null, null, null, dir, null, null, false,
                    config.maxBodyBytes(), config.sessionTtl(), config.lockoutAttempts(), config.lockoutDuration(),
                    config.publicUrl(), config.signInBurst(), config.dbPoolSize(), config.streamKeepAlive());
            return new Instance(HallServer.start(second, pool, null, clock, System.out), dir);
        } catch (IOException e) {
            pool.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Another server instance on a test server's database. */
    public record Instance(HallServer server, Path dataDir) implements AutoCloseable {
        /** Returns e.g. {@code http://127.0.0.1:41235}. */
        public String baseUrl() {
            return server.baseUrl();
        }

        @Override
        public void close() {
            server.close();
            SharedPostgres.deleteTree(dataDir);
        }
    }

    /** Runs the day sweep (deemed acceptance) now, on the server's clock; returns how many cases it accepted. */
    public int runDaySweep() {
        return server.runDaySweep();
    }

    /** Returns the server's data directory (a temporary one). */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server, drops its database and deletes its data directory. */
    @Override
    public void close() {
        server.close();
        SharedPostgres.get().drop(database);
        SharedPostgres.deleteTree(dataDir);
    }
}
