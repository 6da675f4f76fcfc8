package org.yichuang.server.health;

import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Asks the database whether it answers and is migrated. */
@UseClasspathSqlLocator
public interface HealthDao {
    /** Returns the number of successfully applied migrations. */
    @SqlQuery
    int appliedMigrations();
}
