package org.yichuang.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (内置数据库) on a persistent data directory: created on the first start, reused
 * afterwards, stopped on {@link #close()}.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** The database the server uses inside the cluster; "postgres" stays for maintenance. */
    public static final String DATABASE = "yichuang";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (initialising it when empty) and creates the server's database.
     *
     * @param clean true to wipe the directory first (tests only)
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean) {
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; say so plainly instead of its stack of initdb errors
            throw new IllegalStateException("内置 PostgreSQL 不能以 root 身份运行：请以普通用户启动服务"
                    + "（./yichuang server 会自动处理），或用 --db-url 连接外部数据库。");
        }
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!clean) {
                // zonky starts PostgreSQL tuned for throwaway test data (-F, synchronous_commit=off); a hall's
                // persistent data must survive a power cut, so every commit is flushed to disk before we answer
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    // our own hook stops it in order (HTTP first, then the pool, then PostgreSQL)
                    .setRegisterShutdownHook(clean)
                    // keep values out of the PostgreSQL log: error details can quote ID numbers and names
                    .setServerConfig("log_min_error_statement", "panic")
                    .setServerConfig("log_error_verbosity", "terse")
                    .setServerConfig("max_connections", "100")
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(postgres);
            db.createDatabaseIfMissing(DATABASE);
            LOG.info("内置 PostgreSQL 已启动，端口 {}，数据目录 {}", postgres.getPort(), dataDirectory);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("内置 PostgreSQL 无法启动：" + e.getMessage(), e);
        }
    }

    /** Creates a database unless it exists; optionally copied from a template. */
    public void createDatabaseIfMissing(String name) {
        createDatabase(name, null, true);
    }

    /** Creates a database as a copy of {@code template} (fast: a file copy inside PostgreSQL). */
    public void createDatabaseFromTemplate(String name, String template) {
        createDatabase(name, template, false);
    }

    private void createDatabase(String name, String template, boolean ifMissing) {
        if (!name.matches("[a-z_][a-z0-9_]*") || (template != null && !template.matches("[a-z_][a-z0-9_]*"))) {
            throw new IllegalArgumentException("bad database name");
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
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
                st.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template)
                        + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法创建数据库 " + name, e);
        }
    }

    /** Drops a database (its connections must be closed). */
    public void dropDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name");
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("无法删除数据库 " + name, e);
        }
    }

    /** Returns the JDBC URL of a database in this cluster. */
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** Returns a non-pooled data source for a database in this cluster. */
    public DataSource dataSource(String database) {
        return postgres.getDatabase("postgres", database);
    }

    /** Returns the superuser name of the embedded cluster. */
    public String user() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("内置 PostgreSQL 已停止");
        } catch (IOException e) {
            LOG.warn("内置 PostgreSQL 停止时出错", e);
        }
    }
}
