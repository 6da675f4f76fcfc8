package org.yichuang.server.cases.lifecycle;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * A case's lifecycle row: read for a view, or locked for a transition (by case number) or the day sweep (by id). One
 * statement (row.sql) for all three, so its columns and {@link LifecycleRowMapper} can never drift apart.
 *
 * <p>Fluent statements on the caller's handle rather than an attached SQL object: attaching cost a third of a
 * transition's server time (JFR, bench/server-transition.sh).
 */
final class CaseRows {
    private static final LifecycleRowMapper MAPPER = new LifecycleRowMapper();

    private final String byNumber;
    private final String lockByNumber;
    private final String lockById;
    private final String itemVersion;

    CaseRows() {
        ClasspathSqlLocator sql = ClasspathSqlLocator.removingComments();
        String row = sql.locate(CaseRows.class, "row");
        byNumber = row.replace("<match>", "k.case_no = :key").replace("<lock>", "");
        lockByNumber = row.replace("<match>", "k.case_no = :key").replace("<lock>", "FOR UPDATE OF k");
        lockById = row.replace("<match>", "k.id = :key").replace("<lock>", "FOR UPDATE OF k");
        itemVersion = sql.locate(CaseRows.class, "itemVersion");
    }

    /** The case as a transition left it, or for a read (no lock). */
    Optional<LifecycleRow> find(Handle h, String caseNo) {
        return h.createQuery(byNumber).bind("key", caseNo).map(MAPPER).findOne();
    }

    /** The case by number, locked until the transaction ends (a transition). */
    Optional<LifecycleRow> lock(Handle h, String caseNo) {
        return h.createQuery(lockByNumber).bind("key", caseNo).map(MAPPER).findOne();
    }

    /** The case by id, locked until the transaction ends (the day sweep: one case per transaction). */
    Optional<LifecycleRow> lockById(Handle h, long id) {
        return h.createQuery(lockById).bind("key", id).map(MAPPER).findOne();
    }

    /** The item version as stored (JSON), for a version the service has not parsed yet. */
    String itemVersion(Handle h, long versionId) {
        return h.createQuery(itemVersion).bind("id", versionId).mapTo(String.class).one();
    }
}
