package org.yichuang.server.testing;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yichuang.server.db.Database;

/**
 * JUnit extension giving each test a fresh, migrated (empty) PostgreSQL database of the shared cluster.
 *
 * <pre>{@code @RegisterExtension final MigratedDatabase db = new MigratedDatabase();}</pre>
 */
public final class MigratedDatabase implements BeforeEachCallback, AfterEachCallback {
    private Database database;
    private String name;

    @Override
    public void beforeEach(ExtensionContext context) {
        SharedPostgres postgres = SharedPostgres.get();
        name = postgres.newMigratedDatabase();
        database = postgres.open(name, 2);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        database.close();
        SharedPostgres.get().drop(name);
    }

    /** Returns the Jdbi of this test's database. */
    public Jdbi jdbi() {
        return database.jdbi();
    }
}
