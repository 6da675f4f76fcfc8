package org.yichuang.server.account;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import org.yichuang.core.staff.Role;
import org.yichuang.server.db.RegisterRecordMapper;

/** Staff accounts (工作人员账号). */
@UseClasspathSqlLocator
@RegisterRecordMapper(StaffRow.class)
public interface StaffDao {
    @SqlQuery
    Optional<StaffRow> findByUsername(String username);

    @SqlQuery
    int countAll();

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(String username, String displayName, String passwordHash, Instant createdAt);

    @SqlUpdate
    void addRole(long staffId, String role);

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
