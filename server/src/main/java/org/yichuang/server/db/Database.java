package org.yichuang.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The connection pool, migrated schema and Jdbi of one PostgreSQL database. */
public final class Database implements AutoCloseable {
    /**
     * The length Jdbi gives the bound values in its JFR event ({@code Binding.describe(n)}, Jdbi 3.55): it renders
     * them, then cuts the text to {@code n - 2} characters plus "…": at 2 nothing of any value is left ("…}"). Not 0
     * or 1: the cut would then throw on every statement while a recording runs. Pinned by {@code JdbiJfrTest}.
     */
    static final int JFR_PARAMETERS = 2;

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = newJdbi(pool);
    }

    /** Returns a Jdbi with the plugins the DAOs need, over any data source. */
    public static Jdbi newJdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        // by default a failed statement's message lists its bound values (names, ID numbers, remarks)
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        // Jdbi's JFR event jdbi.statement carries the bound values (names, ID numbers, phones) of every statement as
        // soon as any recording enables it (jcmd JFR.start, a .jfc): here it gets only "…}", whatever the recording's
        // settings, while its SQL and duration stay for profiling. See JFR_PARAMETERS.
        jdbi.getConfig(SqlStatements.class).setJfrParamMaxLength(JFR_PARAMETERS);
        ScopedSqlObjects.install(jdbi);
        return jdbi;
    }

    /** Opens a pool on the database and applies every pending Flyway migration. */
    public static Database open(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("yichuang");
        // when PostgreSQL is down a request must fail within 2 s (DATABASE_UNAVAILABLE), not wait Hikari's 30 s
        config.setConnectionTimeout(1_500);
        config.setValidationTimeout(1_000);
        config.addDataSourceProperty("connectTimeout", "1");
        // server error details quote the offending values (ID numbers, names): keep them out of exceptions and logs
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.addDataSourceProperty("ApplicationName", "yichuang-server");
        // a catalog import inserts thousands of rows per batch: sent as multi-row INSERTs, not one by one
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool);
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Applies the migrations under classpath db/migration. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** Returns the connection pool. */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Opens a connection outside the pool, with the pool's address and account, for a connection held for the
     * server's life (the queue's LISTEN) that must not take a pooled one away from requests.
     */
    public Connection openDirect(String applicationName) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", pool.getUsername());
        p.setProperty("password", pool.getPassword());
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("connectTimeout", "1");
        p.setProperty("logServerErrorDetail", "false");
        return DriverManager.getConnection(pool.getJdbcUrl(), p);
    }

    /** Returns the Jdbi bound to the pool. */
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
