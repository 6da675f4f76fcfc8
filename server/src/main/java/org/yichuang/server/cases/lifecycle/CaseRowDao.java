package org.yichuang.server.cases.lifecycle;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * A case's lifecycle row: read for a view, or locked for a transition (by case number) or the day sweep (by id). One
 * statement for all three, so its 33 columns and the row mapper can never drift apart.
 */
@UseClasspathSqlLocator
@RegisterRowMapper(LifecycleRowMapper.class)
public interface CaseRowDao {
    /** The case as a transition left it, or for a read (no lock). */
    default Optional<LifecycleRow> find(String caseNo) {
        return row("k.case_no = :key", "", caseNo);
    }

    /** The case by number, locked until the transaction ends (a transition). */
    default Optional<LifecycleRow> lock(String caseNo) {
        return row("k.case_no = :key", "FOR UPDATE OF k", caseNo);
    }

    /** The case by id, locked until the transaction ends (the day sweep: one case per transaction). */
    default Optional<LifecycleRow> lockById(long id) {
        return row("k.id = :key", "FOR UPDATE OF k", id);
    }

    /** The item version as stored (JSON), for a version the service has not parsed yet. */
    @SqlQuery("itemVersion")
    String itemVersion(@Bind("id") long versionId);

    /** The row where {@code match} holds for {@code key}; {@code match} and {@code lock} are the constants above. */
    @SqlQuery("row")
    Optional<LifecycleRow> row(@Define("match") String match, @Define("lock") String lock, @Bind("key") Object key);
}
