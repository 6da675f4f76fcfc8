package org.yichuang.server.cases;

import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Links a case to the queue ticket (排队号) it was received for (issue 12). */
@UseClasspathSqlLocator
public interface CaseTicketDao {
    /**
     * The ticket's id when the counter calls or serves it now, locked against a concurrent 办结 or 转移 until the case
     * is stored; empty otherwise.
     */
    @SqlQuery
    Optional<Long> lockServedTicket(long ticketId, long counterId);

    @SqlUpdate
    int link(String caseNo, long ticketId);
}
