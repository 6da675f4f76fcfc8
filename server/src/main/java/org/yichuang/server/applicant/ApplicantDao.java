package org.yichuang.server.applicant;

import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.yichuang.server.db.RegisterRecordMapper;

/** Reads stored applicants (persons, V14); kept apart from the create-case path's PersonDao (see CaseInsertDao). */
@UseClasspathSqlLocator
@RegisterRecordMapper(PersonRow.class)
public interface ApplicantDao {
    /** Returns the applicant of that identity: a DocumentType name, or CREDIT_CODE with a credit code. */
    @SqlQuery
    Optional<PersonRow> find(String idNumber, String idType);
}
