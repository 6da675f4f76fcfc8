package org.yichuang.server.cases;

import java.time.Instant;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Applicants (申请人), one row per ID number. */
@UseClasspathSqlLocator
public interface PersonDao {
    /**
     * Inserts the person, or finds the row of that ID number without overwriting its name (a phone is filled in only
     * when none was known); returns the row id. The case row keeps the name and phone given for that case.
     */
    @SqlQuery
    long upsert(String idNumber, String name, String phone, Instant at);
}
