package org.yichuang.server.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * An exception's shape without its words, for the log: each cause keeps its class, its SQLState and its stack, but
 * no message. Messages from Jdbi, the PostgreSQL driver and Jackson can quote the values of a statement or a body
 * (names, ID numbers, phones, remarks), and a log line must never carry them.
 */
public final class RedactedFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int MAX_DEPTH = 16;

    private RedactedFailure(String description) {
        super(description);
    }

    /** Returns the redacted copy of {@code failure} and its causes and suppressed exceptions. */
    public static RedactedFailure of(Throwable failure) {
        return copy(failure, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static RedactedFailure copy(Throwable t, Set<Throwable> seen, int depth) {
        seen.add(t);
        RedactedFailure copy = new RedactedFailure(describe(t));
        copy.setStackTrace(t.getStackTrace());
        Throwable cause = t.getCause();
        if (cause != null && !seen.contains(cause) && depth < MAX_DEPTH) {
            copy.initCause(copy(cause, seen, depth + 1));
        }
        for (Throwable s : t.getSuppressed()) {
            if (!seen.contains(s) && depth < MAX_DEPTH) {
                copy.addSuppressed(copy(s, seen, depth + 1));
            }
        }
        return copy;
    }

    private static String describe(Throwable t) {
        String name = t.getClass().getName();
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return name + " (SQLState " + sql.getSQLState().replaceAll("[^0-9A-Z]", "?") + ")";
        }
        return name;
    }
}
