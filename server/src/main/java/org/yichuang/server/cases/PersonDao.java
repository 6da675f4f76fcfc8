package org.yichuang.server.cases;

import java.time.Instant;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Applicants (申请人), one row per ID number. */
@UseClasspathSqlLocator
public interface PersonDao {
    /** Inserts or refreshes the person; returns the row id. */
    @SqlQuery
    long upsert(String idNumber, String name, String phone, Instant at);
}
