package org.yichuang.server.account;

import java.time.Instant;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** Failed sign-ins per submitted user name and the addresses each name signed in from (登录限流). */
@UseClasspathSqlLocator
@RegisterRecordMapper(NameThrottleRow.class)
public interface SignInThrottleDao {
    /** Failures since {@code cutoff} for the name, and whether the address is one it signed in from. */
    @SqlQuery
    NameThrottleRow state(String nameHash, String address, Instant cutoff);

    /** Counts one failure (restarting the count when the last is older than {@code cutoff}); returns the count. */
    @SqlQuery
    int recordFailure(String nameHash, Instant at, Instant cutoff);

    /** Forgets names whose last failure is older than {@code cutoff}. */
    @SqlUpdate
    int prune(Instant cutoff);

    /** Remembers that the name signed in from the address. */
    @SqlUpdate
    void trust(String nameHash, String address, Instant at);
}
