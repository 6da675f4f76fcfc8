package org.yichuang.server.cases.lifecycle;

import java.util.List;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.core.cases.CaseState;

/**
 * Keeps a 一件事 parent case's stored state equal to the one derived from its children (core BundleProgress), so the
 * case list, its filters and the parent's lifecycle view show the application as it stands. Attached only when the
 * case that moved is a child.
 */
@UseClasspathSqlLocator
interface ParentStates {
    @SqlQuery
    List<CaseState> childStates(long parentId);

    @SqlUpdate
    void follow(long parentId, String state);
}
