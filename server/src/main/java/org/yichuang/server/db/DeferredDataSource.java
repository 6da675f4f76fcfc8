package org.yichuang.server.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that becomes usable when the real one is ready: lets the HTTP side be wired and started while
 * PostgreSQL starts and migrates, which shortens start-up. Connections requested earlier wait for it.
 */
public final class DeferredDataSource implements DataSource {
    private final CompletableFuture<? extends DataSource> target;

    /** Delegates to the data source the future yields. */
    public DeferredDataSource(CompletableFuture<? extends DataSource> target) {
        this.target = target;
    }

    private DataSource target() throws SQLException {
        try {
            return target.join();
        } catch (CompletionException e) {
            throw new SQLException("database unavailable", e.getCause());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target().isWrapperFor(iface);
    }
}
