package org.yichuang.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.PasswordHasher;
import org.yichuang.server.db.Database;
import org.yichuang.server.db.EmbeddedDatabase;
import org.yichuang.server.db.EmbeddedSettings;
import org.yichuang.server.demo.DemoData;

/**
 * One embedded PostgreSQL per test JVM, started on first use, with two template databases: migrated, and
 * migrated plus demo data with known passwords. Each test gets its own copy (CREATE DATABASE … TEMPLATE).
 */
public final class SharedPostgres {
    /**
     * When the demo template was seeded: its catalog is in force from then on, so tests whose clocks stand at
     * fixed days of 2026 (from March on) find it in force, as do tests on the real clock.
     */
    public static final Instant DEMO_SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final String MIGRATED = "tpl_migrated";
    private static final String DEMO = "tpl_demo";
    /** Where tests unpack the PostgreSQL programs once per build (the module's target directory). */
    public static final java.nio.file.Path BINARIES = java.nio.file.Path.of(
            System.getProperty(EmbeddedSettings.BINARIES_PROPERTY, "target/embedded-pg")).toAbsolutePath();
    private static SharedPostgres instance;

    private final EmbeddedDatabase cluster;
    private final AtomicInteger next = new AtomicInteger();

    private SharedPostgres(EmbeddedDatabase cluster) {
        this.cluster = cluster;
    }

    /** Returns the JVM's cluster, starting it and building the templates on first call. */
    public static synchronized SharedPostgres get() {
        if (instance == null) {
            try {
                java.nio.file.Path dir = Files.createTempDirectory("yichuang-test-pg");
                EmbeddedDatabase cluster = EmbeddedDatabase.start(EmbeddedSettings.throwaway(dir.resolve("pgdata"),
                        BINARIES));
                // the cluster lives as long as the test JVM; it leaves nothing behind in /tmp
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    cluster.close();
                    deleteTree(dir);
                }, "shared-postgres-cleanup"));
                instance = new SharedPostgres(cluster);
                instance.buildTemplates();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private void buildTemplates() {
        cluster.createDatabaseIfMissing(MIGRATED);
        Database.migrate(cluster.superuserDataSource(MIGRATED));
        cluster.createDatabaseFromTemplate(DEMO, MIGRATED);
        try (Database db = open(DEMO, 2)) {
            // the template's accounts keep Argon2id, at the lowest cost (1 MiB, 1 pass) instead of the server's 19 MiB
            // and 2 passes: the server checks a password at the cost written in its hash, and the tests of both
            // modules sign these accounts in about a thousand times (566 sign-ins in the server's alone took 96 s of
            // the suite at the real cost). Accounts a test creates through the server, and PasswordHasherTest, get
            // the real cost.
            new DemoData(db.jdbi(), new PasswordHasher(1024, 1), Clock.fixed(DEMO_SEEDED_AT, ZoneOffset.UTC))
                    .seed(TestPasswords::of);
        }
    }

    /** Returns the name of a new, empty but migrated database. */
    public String newMigratedDatabase() {
        return copy(MIGRATED);
    }

    /** Returns the name of a new database holding the demo hall, catalog and accounts. */
    public String newDemoDatabase() {
        return copy(DEMO);
    }

    /** Returns the name of a new database without any table (for migration tests, which run Flyway themselves). */
    public String newEmptyDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + next.incrementAndGet();
        cluster.createDatabaseIfMissing(name);
        return name;
    }

    /** Returns a plain data source on a database of this cluster (no pool, no migration). */
    public javax.sql.DataSource dataSource(String database) {
        return cluster.superuserDataSource(database);
    }

    private String copy(String template) {
        String name = "t" + ProcessHandle.current().pid() + "_" + next.incrementAndGet();
        cluster.createDatabaseFromTemplate(name, template);
        return name;
    }

    /** Returns the superuser's name and password for {@link #jdbcUrl}. */
    public String user() {
        return cluster.superuser();
    }

    /** Returns the superuser's password. */
    public String password() {
        return cluster.superuserPassword();
    }

    /** Returns the JDBC URL of a database of this cluster (sign in with {@link #user()} and {@link #password()}). */
    public String jdbcUrl(String database) {
        return cluster.jdbcUrl(database);
    }

    /** Drops a database made by this class, once its pool is closed. */
    public void drop(String database) {
        cluster.dropDatabase(database);
    }

    /** Opens a pool on a database of this cluster (Flyway runs and finds nothing to do). */
    public Database open(String database, int poolSize) {
        return Database.open(cluster.jdbcUrl(database), cluster.superuser(), cluster.superuserPassword(), poolSize);
    }

    /** Deletes a directory tree made by a test; quietly does nothing when it is gone. */
    public static void deleteTree(java.nio.file.Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> all = Files.walk(dir)) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) all.sorted(java.util.Comparator.reverseOrder())
                    ::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    /** The known demo passwords of tests. */
    static final class TestPasswords {
        private TestPasswords() {
        }

        static String of(Role role) {
            return "test-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-password";
        }
    }
}
