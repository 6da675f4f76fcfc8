package org.yichuang.server.cases;

import java.time.Instant;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Applicants (申请人), one row per identity: a document type and number, or a credit code ({@code idType}
 * CREDIT_CODE; issue 10).
 */
@UseClasspathSqlLocator
public interface PersonDao {
    /** The id type of an organisation's credit code. */
    String CREDIT_CODE = "CREDIT_CODE";

    /**
     * Inserts the applicant, or finds the row of that identity without overwriting its name or representative (a
     * phone is filled in only when none was known); returns the row id. The case row keeps what was given for it.
     *
     * @param idType a DocumentType name, or {@link #CREDIT_CODE}
     * @param kind   an ApplicantKind name
     */
    @SqlQuery
    long upsertApplicant(String idNumber, String idType, String kind, String name, String legalRepresentative,
            String representativeDocumentType, String representativeDocumentNumber, String phone, Instant at);

    /** As {@link #upsertApplicant} without the representative's own document (V27). */
    default long upsertApplicant(String idNumber, String idType, String kind, String name,
            String legalRepresentative, String phone, Instant at) {
        return upsertApplicant(idNumber, idType, kind, name, legalRepresentative, null, null, phone, at);
    }

    /** A natural person with a 居民身份证 (as before issue 10). */
    default long upsert(String idNumber, String name, String phone, Instant at) {
        return upsertApplicant(idNumber, "RESIDENT_ID", "NATURAL_PERSON", name, null, phone, at);
    }
}
