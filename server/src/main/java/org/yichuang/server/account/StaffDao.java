package org.yichuang.server.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import org.yichuang.core.staff.Role;

/** Staff accounts (工作人员账号) and their lockout state. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(StaffRow.class)
public interface StaffDao {
    /** Locks the row: concurrent wrong passwords must each count. */
    @SqlQuery
    Optional<StaffRow> findByUsernameForUpdate(String username);

    @SqlQuery
    Optional<StaffRow> findByUsername(String username);

    @SqlQuery
    int countAll();

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(String username, String displayName, String passwordHash, Instant createdAt);

    @SqlUpdate
    void addRole(long staffId, String role);

    @SqlUpdate
    void recordFailure(long id, int failedAttempts, Instant lockedUntil);

    @SqlUpdate
    void recordSuccess(long id);

    /** Inserts the account with its roles; returns its id. */
    @Transaction
    default long create(String username, String displayName, String passwordHash, Instant createdAt,
            Iterable<Role> roles) {
        long id = insert(username, displayName, passwordHash, createdAt);
        for (Role role : roles) {
            addRole(id, role.name());
        }
        return id;
    }
}
