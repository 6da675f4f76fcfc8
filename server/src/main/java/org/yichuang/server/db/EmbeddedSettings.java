package org.yichuang.server.db;

import java.nio.file.Path;

/**
 * How to run the embedded PostgreSQL.
 *
 * @param pgData           the cluster's data directory
 * @param binariesRoot     where the PostgreSQL programs are unpacked (only this account may write there)
 * @param durable          every commit flushed to disk before it is acknowledged; off only for throwaway test data
 * @param superuserOverTcp let the superuser sign in over loopback (with its password): test harnesses create a
 *                         database per test that way; the hall server never needs it
 */
public record EmbeddedSettings(Path pgData, Path binariesRoot, boolean durable, boolean superuserOverTcp) {

    /**
     * Names a directory for the unpacked programs other than {@code <data-dir>/pgsql}; test runs set it so that every
     * server a test starts shares one unpacked copy instead of unpacking 60 MB each time.
     */
    public static final String BINARIES_PROPERTY = "yichuang.pgBinaries";

    /** The server's own cluster under {@code dataDir}: durable, application role only. */
    public static EmbeddedSettings hall(Path dataDir) {
        String shared = System.getProperty(BINARIES_PROPERTY);
        return new EmbeddedSettings(dataDir.resolve("pgdata"),
                shared == null || shared.isBlank() ? dataDir.resolve("pgsql") : Path.of(shared), true, false);
    }

    /** A throwaway cluster for tests: fast, and the harness may create databases as the superuser. */
    public static EmbeddedSettings throwaway(Path pgData, Path binariesRoot) {
        return new EmbeddedSettings(pgData, binariesRoot, false, true);
    }

    /** Where the postmaster writes its own log (values never appear in it: terse errors, no statements). */
    public Path logFile() {
        return pgData.resolveSibling("postgresql.log");
    }
}
