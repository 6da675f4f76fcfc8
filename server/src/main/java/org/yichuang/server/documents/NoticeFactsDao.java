package org.yichuang.server.documents;

import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/** What a notice prints about its case, read inside the issuing transaction (it sees the outcome just written). */
@UseClasspathSqlLocator
@RegisterRecordMapper(NoticeCaseRow.class)
public interface NoticeFactsDao {
    /** The case with its applicant, dates, counter and the issuing clerk ({@code staffId} may be null). */
    @SqlQuery
    NoticeCaseRow noticeCase(long caseId, Long staffId);

    /** The item version the case was received under, as stored. */
    @SqlQuery
    Optional<String> itemVersion(long id);
}
