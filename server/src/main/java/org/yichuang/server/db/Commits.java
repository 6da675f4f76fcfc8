package org.yichuang.server.db;

import org.jdbi.v3.core.Handle;

/** Work that must wait for what a handle wrote to be committed. */
public final class Commits {
    private Commits() {
    }

    /**
     * Runs {@code action} once what {@code h} wrote is committed: after its transaction commits (never if it rolls
     * back), or at once when there is no transaction — each statement then committed on its own before it returned
     * (the one-statement queue steps).
     */
    public static void after(Handle h, Runnable action) {
        if (h.isInTransaction()) {
            h.afterCommit(action);
        } else {
            action.run();
        }
    }
}
