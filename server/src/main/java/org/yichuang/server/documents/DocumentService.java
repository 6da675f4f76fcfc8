package org.yichuang.server.documents;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.CaseDocumentView;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.core.staff.Role;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;

/**
 * A case's documents for the counter (issue 10 item 9): the list, the stored originals and 副本 re-rendered from the
 * data of the original. Every call is one transaction with its audit row. A window clerk sees the documents of the
 * cases of the hall of the counter signed in at; back office, release and supervisors those of every hall.
 */
public final class DocumentService {
    /** Roles whose work spans halls (staff are not tied to one); a window clerk works at one hall's counter. */
    private static final Set<Role> ANY_HALL = Set.of(Role.BACK_OFFICE, Role.RELEASE, Role.SUPERVISOR);

    private final Jdbi jdbi;
    private final DocumentIssuer issuer;
    private final Clock clock;

    /** Serves the documents the issuer stored; copies are rendered by it. */
    public DocumentService(Jdbi jdbi, DocumentIssuer issuer, Clock clock) {
        this.jdbi = jdbi;
        this.issuer = issuer;
        this.clock = clock;
    }

    /**
     * Returns the case's documents in order of issue.
     *
     * @throws DomainException CASE_NOT_FOUND, CASE_OF_OTHER_HALL
     */
    public List<CaseDocumentView> list(Principal reader, String caseNo) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            DocumentCaseRow c = visibleCase(h, reader, caseNo);
            List<CaseDocumentView> out = h.attach(DocumentDao.class).documents(c.id()).stream()
                    .map(DocumentService::view).toList();
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.CASE_DOCUMENT_READ, c.caseNo(),
                    "list " + out.size());
            return out;
        });
    }

    /**
     * Returns the stored original.
     *
     * @throws DomainException CASE_NOT_FOUND, CASE_OF_OTHER_HALL, DOCUMENT_NOT_FOUND, DOCUMENT_PAPER_NOT_AVAILABLE
     */
    public byte[] original(Principal reader, String caseNo, long documentId, String paperName) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            DocumentCaseRow c = visibleCase(h, reader, caseNo);
            DocumentDao dao = h.attach(DocumentDao.class);
            DocumentRow d = dao.document(c.id(), documentId).orElseThrow(() -> new DomainException(
                    ErrorCode.DOCUMENT_NOT_FOUND, "办件" + c.caseNo() + "没有编号为" + documentId + "的文书。"));
            Paper paper = paper(d, paperName);
            byte[] pdf = dao.pdf(d.id(), paper.name()).orElseGet(() -> renderOriginal(h, c, d, paper));
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.CASE_DOCUMENT_READ, c.caseNo(),
                    "pdf " + d.id() + " " + paper);
            return pdf;
        });
    }

    /**
     * Renders a 副本 from the original's data, counts it and audits it; the count and the audit row commit only with
     * a rendered copy.
     *
     * @throws DomainException CASE_NOT_FOUND, CASE_OF_OTHER_HALL, DOCUMENT_NOT_FOUND, DOCUMENT_PAPER_NOT_AVAILABLE
     */
    public byte[] copy(Principal reader, String caseNo, long documentId, String paperName) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            DocumentCaseRow c = visibleCase(h, reader, caseNo);
            DocumentDao dao = h.attach(DocumentDao.class);
            DocumentRow d = dao.document(c.id(), documentId).orElseThrow(() -> new DomainException(
                    ErrorCode.DOCUMENT_NOT_FOUND, "办件" + c.caseNo() + "没有编号为" + documentId + "的文书。"));
            Paper paper = paper(d, paperName);
            byte[] pdf = issuer.copy(java.time.ZoneId.of(c.zoneId()), dao.data(d.id()), paper);
            int copies = dao.countCopy(d.id());
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.CASE_DOCUMENT_COPIED, c.caseNo(),
                    "copy " + d.id() + " " + paper + " #" + copies);
            return pdf;
        });
    }

    /**
     * The original on a paper the issue did not render (the 80 mm slip), rendered from the stored data and kept; of
     * two first requests at once, both answer the one that was stored first.
     */
    private byte[] renderOriginal(Handle h, DocumentCaseRow c, DocumentRow d, Paper paper) {
        DocumentDao dao = h.attach(DocumentDao.class);
        byte[] rendered = issuer.original(java.time.ZoneId.of(c.zoneId()), dao.data(d.id()), paper);
        dao.insertPdfIfAbsent(d.id(), paper.name(), rendered);
        return dao.pdf(d.id(), paper.name()).orElseThrow();
    }

    /** The case, if the caller may see its documents. */
    private static DocumentCaseRow visibleCase(Handle h, Principal reader, String caseNo) {
        DocumentDao dao = h.attach(DocumentDao.class);
        DocumentCaseRow c = dao.caseByNumber(caseNo).orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND));
        boolean anyHall = reader.staff().roles().stream().anyMatch(ANY_HALL::contains);
        if (!anyHall) {
            Long hall = reader.counterId() == null ? null : dao.hallOfCounter(reader.counterId()).orElse(null);
            if (hall == null || hall != c.hallId()) {
                throw new DomainException(ErrorCode.CASE_OF_OTHER_HALL);
            }
        }
        return c;
    }

    /** The paper asked for, if the document has it: unknown names and papers its kind lacks are refused alike. */
    private static Paper paper(DocumentRow d, String name) {
        if (name == null || name.isBlank()) {
            return Paper.A4;
        }
        Paper paper = Arrays.stream(Paper.values()).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> unavailable(d, name));
        if (!papers(d).contains(paper)) {
            throw unavailable(d, name);
        }
        return paper;
    }

    private static DomainException unavailable(DocumentRow d, String name) {
        return new DomainException(ErrorCode.DOCUMENT_PAPER_NOT_AVAILABLE, "文书“" + title(d) + "”没有“"
                + (name.length() > 20 ? name.substring(0, 20) + "…" : name) + "”纸张的版式，可选："
                + String.join("、", papers(d).stream().map(Paper::name).toList()) + "。");
    }

    /** The papers of the document's kind, in declaration order (stored now, or rendered on first request). */
    private static List<Paper> papers(DocumentRow d) {
        return NoticeKind.valueOf(d.kind()).papers().stream().sorted().toList();
    }

    private static String title(DocumentRow d) {
        return NoticeKind.valueOf(d.kind()).title();
    }

    private static CaseDocumentView view(DocumentRow d) {
        NoticeKind kind = NoticeKind.valueOf(d.kind());
        return new CaseDocumentView(d.id(), kind, kind.title(), d.documentNumber(), d.issuedAt(), d.issuedBy(),
                papers(d), d.copiesPrinted());
    }
}
