package org.yichuang.server.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Stores a new case (办件) in one round trip. Alone in its DAO because Jdbi builds a handler for every method of a DAO
 * each time one is attached, which on the create-case path cost more CPU than the statements (JFR,
 * bench/server-load.sh).
 */
@UseClasspathSqlLocator
public interface CaseInsertDao {
    /**
     * Numbers and inserts the case, links the claimed idempotency key to it and audits it, in one statement; returns
     * the case number ({@code caseNoPrefix} + 4-digit daily sequence of the item), empty when the sequence would pass
     * {@code maxSequence}. {@code noticeDueOn} is the last day of the 5-working-day notice period; the statement ends it
     * at the hall's cut-off (24:00 without one, 民法典 Art. 203) in the hall's zone. {@code legalRepresentative} is
     * an organisation's as given for this case; the agent's four fields are all null or all set (代理人, issue 10).
     */
    @SqlQuery
    Optional<String> insertNumbered(String idempotencyKey, String caseNoPrefix, int maxSequence, long itemId,
            long itemVersionId, LocalDate day, String department, long personId, String applicantName, String phone, String remarks,
            long counterId, long staffId, Instant receivedAt, LocalDate noticeDueOn, String auditAction,
            String auditDetail, String legalRepresentative, String agentName, String agentDocumentType,
            String agentDocumentNumber, String agentPhone, String representativeDocumentType,
            String representativeDocumentNumber);

    /** As the full statement, without the legal representative's own document (V27). */
    default Optional<String> insertNumbered(String idempotencyKey, String caseNoPrefix, int maxSequence, long itemId,
            long itemVersionId, LocalDate day, String department, long personId, String applicantName, String phone,
            String remarks, long counterId, long staffId, Instant receivedAt, LocalDate noticeDueOn,
            String auditAction, String auditDetail, String legalRepresentative, String agentName,
            String agentDocumentType, String agentDocumentNumber, String agentPhone) {
        return insertNumbered(idempotencyKey, caseNoPrefix, maxSequence, itemId, itemVersionId, day, department,
                personId, applicantName, phone, remarks, counterId, staffId, receivedAt, noticeDueOn, auditAction,
                auditDetail, legalRepresentative, agentName, agentDocumentType, agentDocumentNumber, agentPhone, null,
                null);
    }
}
