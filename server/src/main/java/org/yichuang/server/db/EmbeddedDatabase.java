package org.yichuang.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (内置数据库) on a persistent data directory, locked down for a machine with other local
 * users: verified programs in a private directory, scram-sha-256 with random passwords, loopback only, no Unix socket,
 * and an application role that is no superuser. A supervisor thread owns the postmaster and restarts it when it dies,
 * so the server recovers without a restart of its own; a postmaster left behind by a killed server is stopped on the
 * next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** The database the server uses inside the cluster; "postgres" stays for maintenance. */
    public static final String DATABASE = "yichuang";
    /** The application's role: owns {@link #DATABASE}, is no superuser. */
    public static final String APP_ROLE = "yichuang";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final EmbeddedSettings settings;
    private final PostgresBinaries binaries;
    private final ClusterSecrets secrets;
    private final int port;
    private final Thread supervisor;
    /** Completed by the supervisor once the first postmaster accepts connections, or with why it could not start. */
    private final CompletableFuture<Void> firstStart = new CompletableFuture<>();
    private volatile Postmaster current;
    private volatile boolean running;
    private volatile boolean closing;
    private volatile long restarts;

    private EmbeddedDatabase(EmbeddedSettings settings, PostgresBinaries binaries, ClusterSecrets secrets, int port) {
        this.settings = settings;
        this.binaries = binaries;
        this.secrets = secrets;
        this.port = port;
        this.supervisor = new Thread(this::supervise, "yichuang-postgres-supervisor");
        this.supervisor.setDaemon(true);
    }

    /** Prepares, verifies and starts the cluster; returns once it accepts connections. */
    public static EmbeddedDatabase start(EmbeddedSettings settings) {
        if (SecurePaths.currentUid() == 0) {
            // PostgreSQL refuses to run as root, and so do we: say so plainly instead of its stack of initdb errors
            throw new IllegalStateException("内置 PostgreSQL 不能以 root 身份运行：请以普通用户或服务账号启动"
                    + "（./yichuang server 会自动切换到服务账号 yichuang），或用 --db-url 连接外部数据库。");
        }
        Path pgData = settings.pgData();
        try {
            Files.createDirectories(pgData.getParent());
            Files.setPosixFilePermissions(pgData.getParent(), PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据目录 " + pgData.getParent() + "：" + e.getMessage(), e);
        }
        PostgresBinaries binaries = PostgresBinaries.installAndVerify(settings.binariesRoot());
        SecurePaths.requireOwnedAndPrivate(pgData.getParent());
        if (Files.isDirectory(pgData)) {
            int stopped = Processes.stopLeftovers(pgData, binaries);
            if (stopped > 0) {
                LOG.warn("已停止上次异常退出后残留的 {} 个 PostgreSQL 进程", stopped);
            }
        }
        ClusterSecrets secrets = new ClusterBootstrap(binaries, pgData).prepare(new SecureRandom(),
                settings.superuserOverTcp());
        EmbeddedDatabase db = new EmbeddedDatabase(settings, binaries, secrets, freeLoopbackPort());
        db.startSupervisor();
        LOG.info("内置 PostgreSQL 已启动，仅监听 127.0.0.1:{}，数据目录 {}", db.port, pgData);
        return db;
    }

    private void startSupervisor() {
        supervisor.start();
        try {
            firstStart.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Runs on the supervisor thread, which must outlive the postmaster (its parent-death signal is per thread). */
    private void supervise() {
        long backoffMillis = 200;
        long downSince = 0;
        while (!closing) {
            Postmaster postmaster;
            try {
                if (firstStart.isDone()) {
                    Processes.stopLeftovers(settings.pgData(), binaries);
                }
                postmaster = Postmaster.start(binaries, settings.pgData(), port, serverSettings(),
                        settings.logFile(), START_TIMEOUT);
            } catch (RuntimeException e) {
                if (!firstStart.isDone()) {
                    firstStart.completeExceptionally(e);
                    return;
                }
                LOG.error("内置 PostgreSQL 重启失败，{} 毫秒后重试：{}", backoffMillis, e.getMessage());
                if (!pause(backoffMillis)) {
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
                continue;
            }
            current = postmaster;
            running = true;
            if (firstStart.isDone()) {
                restarts++;
                LOG.warn("内置 PostgreSQL 已自动重启（停机 {} 毫秒）", (System.nanoTime() - downSince) / 1_000_000);
            }
            firstStart.complete(null);
            int exit;
            try {
                exit = postmaster.waitFor();
            } catch (InterruptedException e) {
                if (closing) {
                    return;
                }
                continue;
            }
            running = false;
            downSince = System.nanoTime();
            if (!closing) {
                LOG.error("内置 PostgreSQL 意外退出（退出码 {}），正在自动重启", exit);
                backoffMillis = 200;
            }
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return !closing;
        }
    }

    private Map<String, String> serverSettings() {
        Map<String, String> s = new LinkedHashMap<>();
        // a hall's data must survive a power cut: every commit reaches the disk before we answer; tests trade that
        String durable = settings.durable() ? "on" : "off";
        s.put("fsync", durable);
        s.put("synchronous_commit", durable);
        s.put("full_page_writes", durable);
        // after a crash PostgreSQL first flushes its whole data directory file by file (4 s here); one syncfs()
        // of the file system gives the same guarantee in a fraction of that, so the hall is back sooner
        s.put("recovery_init_sync_method", "syncfs");
        // keep values out of the PostgreSQL log: error details and statements can quote ID numbers and names
        s.put("log_min_error_statement", "panic");
        s.put("log_error_verbosity", "terse");
        s.put("max_connections", "100");
        return s;
    }

    /** An eighth of the physical memory, at least PostgreSQL's default 128 MB and at most 2 GB. */
    static long sharedBuffersMb() {
        long total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024 * 1024);
        return Math.max(128, Math.min(2048, total / 8));
    }

    private static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True while the postmaster runs; false from its death until the supervisor has it back. */
    public boolean isRunning() {
        return running && !closing;
    }

    /** How many times the supervisor brought a dead postmaster back. */
    public long restarts() {
        return restarts;
    }

    /** Returns the postmaster's process id (fault tests kill it). */
    public long postmasterPid() {
        Postmaster p = current;
        return p == null ? -1 : p.pid();
    }

    /** Returns the loopback port PostgreSQL listens on; it stays the same across automatic restarts. */
    public int port() {
        return port;
    }

    /** Returns the JDBC URL of a database in this cluster. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Returns the application role's name. */
    public String appUser() {
        return APP_ROLE;
    }

    /** Returns the application role's password. */
    public String appPassword() {
        return secrets.app();
    }

    /** Returns the superuser's name (test clusters only can use it over loopback). */
    public String superuser() {
        return ClusterBootstrap.SUPERUSER;
    }

    /** Returns the superuser's password. */
    public String superuserPassword() {
        return secrets.superuser();
    }

    /** Returns a non-pooled data source for a database in this cluster, signed in as the superuser. */
    public DataSource superuserDataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl(database));
        ds.setUser(superuser());
        ds.setPassword(superuserPassword());
        return ds;
    }

    /** Creates a database unless it exists (superuser; test clusters). */
    public void createDatabaseIfMissing(String name) {
        createDatabase(name, null, true);
    }

    /** Creates a database as a copy of {@code template} (fast: a file copy inside PostgreSQL). */
    public void createDatabaseFromTemplate(String name, String template) {
        createDatabase(name, template, false);
    }

    private void createDatabase(String name, String template, boolean ifMissing) {
        requireIdentifier(name);
        if (template != null) {
            requireIdentifier(template);
        }
        try (Connection c = superuserDataSource("postgres").getConnection()) {
            if (ifMissing) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return;
                        }
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                // FILE_COPY: PostgreSQL 15's default (WAL_LOG) writes the whole 10 MB template into the WAL, 40 ms a
                // copy against 23 ms, and test suites make a copy per test
                String copy = template == null ? "" : " TEMPLATE " + template + " STRATEGY FILE_COPY";
                st.execute("CREATE DATABASE " + name + copy + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法创建数据库 " + name, e);
        }
    }

    /** Drops a database (its connections must be closed). */
    public void dropDatabase(String name) {
        requireIdentifier(name);
        try (Connection c = superuserDataSource("postgres").getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("无法删除数据库 " + name, e);
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name");
        }
    }

    /** Stops the supervisor, then PostgreSQL with a fast shutdown; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        supervisor.interrupt();
        Postmaster p = current;
        if (p != null) {
            p.stop(STOP_TIMEOUT);
        }
        try {
            supervisor.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
        LOG.info("内置 PostgreSQL 已停止");
    }
}
