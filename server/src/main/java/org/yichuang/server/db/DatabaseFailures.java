package org.yichuang.server.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;

/**
 * Tells a database that is not there (down, restarting, unreachable) from a statement that failed: the first is
 * answered 503 DATABASE_UNAVAILABLE so that the clerk retries, the second is a defect.
 */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /** True when {@code e} or a cause says the connection could not be had or was lost. */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The failure's shape for the log: exception types and SQLState, never a message that could quote values. */
    public static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 400; t = t.getCause()) {
            if (s.length() > 0) {
                s.append(" <- ");
            }
            s.append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                s.append('[').append(sql.getSQLState()).append(']');
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return s.toString();
    }
}
