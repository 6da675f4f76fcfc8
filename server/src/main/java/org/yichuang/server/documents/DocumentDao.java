package org.yichuang.server.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.yichuang.server.db.RegisterRecordMapper;

/** The documents issued with cases (case_documents, case_document_pdfs) and their numbering (document_counters, V15). */
@UseClasspathSqlLocator
@RegisterRecordMapper(DocumentHallRow.class)
@RegisterRecordMapper(KindCodeRow.class)
@RegisterRecordMapper(DocumentCaseRow.class)
@RegisterRecordMapper(DocumentRow.class)
public interface DocumentDao {
    /** The numbering settings and phones of the hall the case was received in. */
    @SqlQuery
    DocumentHallRow hallOfCase(long caseId);

    /** The hall's own short codes per kind (those without a row take the defaults). */
    @SqlQuery
    List<KindCodeRow> kindCodes(long hallId);

    /**
     * Takes the next number of hall, kind and year: the counter row is created or incremented, and stays locked until
     * the transaction ends (gap-free: a rollback gives the number back, a concurrent issue waits for the commit).
     */
    @SqlQuery
    int nextNumber(long hallId, String kind, int year);

    @SqlUpdate
    @GetGeneratedKeys("id")
    long insertDocument(long caseId, long hallId, String kind, String documentNumber, int year, int seq, String data,
            Instant issuedAt, Long issuedBy);

    @SqlUpdate
    void insertPdf(long documentId, String paper, byte[] pdf);

    /** Stores a paper rendered on its first request, unless a request at the same time stored it first. */
    @SqlUpdate
    void insertPdfIfAbsent(long documentId, String paper, byte[] pdf);

    /** The case by number, with the hall it was received in. */
    @SqlQuery
    Optional<DocumentCaseRow> caseByNumber(String caseNo);

    /** The hall of a counter. */
    @SqlQuery
    Optional<Long> hallOfCounter(long counterId);

    /** The case's documents in order of issue. */
    @SqlQuery
    List<DocumentRow> documents(long caseId);

    /** One document of the case. */
    @SqlQuery
    Optional<DocumentRow> document(long caseId, long id);

    /** The data a document was rendered from. */
    @SqlQuery
    String data(long id);

    @SqlQuery
    Optional<byte[]> pdf(long documentId, String paper);

    /** Counts one more 副本 and returns the count. */
    @SqlQuery
    int countCopy(long id);
}
