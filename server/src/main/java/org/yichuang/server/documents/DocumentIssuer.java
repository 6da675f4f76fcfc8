package org.yichuang.server.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.document.DocumentNumberPattern;
import org.yichuang.core.notice.NoticeKind;
import org.yichuang.core.notice.Paper;
import org.yichuang.reports.notice.NoticeData;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.cases.lifecycle.CaseDocuments;
import org.yichuang.server.cases.status.CaseAccess;

/**
 * Issues an outcome's documents in its transaction (issue 10 item 9): numbers each from the hall's gap-free counter
 * of its kind and year, renders it on each of its papers and stores the PDFs with the JSON they were rendered from.
 *
 * <p>Inside the transaction only the documents that must be are rendered, on their first paper (A4): the outcome's
 * own notice (the last one issued, which the counter previews at once) and every one that prints the 查询密码 in clear
 * (never stored, so it cannot be rendered later). The others (the 材料接收凭证 before a 受理通知书, a 承诺书 before
 * its notice) are rendered from their stored JSON a moment after the commit, off the clerk's wait; if the server stops
 * first, on their first request ({@link DocumentService#original}), as every 80 mm slip is. The same stored values
 * give the same PDF whenever it is rendered.
 *
 * <p>Numbering: the counter rows are locked (incremented) in the kinds' declaration order, whatever order the outcome
 * prints them in, so two transactions never hold one counter each while waiting for the other's. They stay locked
 * until the commit, rendering included: numbers are consecutive in commit order and a rollback hands its numbers
 * back, at the price of issuing one outcome at a time per hall and kind. A hall's counters accept some tens of
 * outcomes per second that way (bench/intake-load.sh), far above a hall's pace; the papers of one outcome are
 * rendered in parallel to keep that window short.
 */
public final class DocumentIssuer implements CaseDocuments {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentIssuer.class);
    /** How long after its issue's commit a document not rendered in it is (see the class comment). */
    static final Duration AFTER_ANSWER = Duration.ofSeconds(1);
    /** The documents that print the 查询密码 (they state the case accepted; the first one makes the password). */
    private static final Set<NoticeKind> PRINTS_PASSWORD = EnumSet.of(NoticeKind.ACCEPTANCE,
            NoticeKind.DEFERRED_ACCEPTANCE, NoticeKind.COMMITMENT_DECISION, NoticeKind.SUPPLEMENT_COMPLETE);
    /** What a 副本 prints instead of the password: the original had it, and only its hash is kept. */
    static final String ON_ORIGINAL = "（见原件）";
    /** What a later acceptance document prints: the password was printed with the acceptance. */
    static final String ON_EARLIER = "（见受理通知书）";
    private final NoticeAssembler assembler;
    private final NoticePdf pdfs;
    private final ObjectMapper json;
    private final Executor renders;
    private final CaseAccess access;

    /**
     * @param json    the mapper of the stored data (the API's: dates as ISO text)
     * @param renders runs the renders of one outcome side by side (a small pool: rendering is CPU-bound)
     */
    public DocumentIssuer(org.yichuang.server.catalog.ItemJson items, NoticePdf pdfs, ObjectMapper json,
            Executor renders) {
        this(items, pdfs, json, renders, null);
    }

    /**
     * @param access the status page, 查询密码 and 领取方式 of the notices (issue 10 item 8); null prints none
     */
    public DocumentIssuer(org.yichuang.server.catalog.ItemJson items, NoticePdf pdfs, ObjectMapper json,
            Executor renders, CaseAccess access) {
        this.assembler = new NoticeAssembler(items);
        this.pdfs = pdfs;
        this.json = json;
        this.renders = renders;
        this.access = access;
    }

    @Override
    public void issue(Handle h, long caseId, List<NoticeKind> kinds, Long staffId, Instant now) {
        issue(h, caseId, kinds, staffId, now, (hall, first) -> {
            NoticeData base = assembler.assemble(h, caseId, hall, first, "-", staffId, now);
            return access == null ? base : base.withAccess(null, access.collectionMethodLabel(h, caseId), null);
        });
    }

    /**
     * The ONE notice of a 一件事 application (issue 10 item 7), numbered and kept with the parent case: the members'
     * table, the parent's barcode, 查询密码 and status page. The children keep their own documents for the back office.
     */
    @Override
    public void issueBundle(Handle h, long parentId, List<NoticeKind> kinds, Long staffId, Instant now) {
        issue(h, parentId, kinds, staffId, now, (hall, first) -> assembler.assembleBundle(h, parentId, hall, first,
                staffId, now, child -> access == null ? null : access.collectionMethodLabel(h, child)));
    }

    private void issue(Handle h, long caseId, List<NoticeKind> kinds, Long staffId, Instant now,
            java.util.function.BiFunction<DocumentHallRow, NoticeKind, NoticeData> assemble) {
        if (kinds.isEmpty()) {
            return;
        }
        if (EnumSet.copyOf(kinds).size() != kinds.size()) {
            throw new IllegalArgumentException("a kind twice in one issue: " + kinds);
        }
        DocumentDao dao = h.attach(DocumentDao.class);
        DocumentHallRow hall = dao.hallOfCase(caseId);
        DocumentNumberPattern pattern = DocumentNumberPattern.parse(hall.documentNumberPattern());
        DocumentCodes codes = DocumentCodes.of(dao.kindCodes(hall.hallId()));
        ZoneId zone = ZoneId.of(hall.zoneId());
        int year = LocalDate.ofInstant(now, zone).getYear();
        NoticeData base = assemble.apply(hall, kinds.get(0));
        String password = null;
        if (access != null) {
            boolean accepting = kinds.stream().anyMatch(PRINTS_PASSWORD::contains);
            password = accepting ? access.issuePassword(h, caseId, base.caseNo(), now) : null;
            // the stored data never holds the password (only its hash is kept): a 副本 says where it is printed
            base = base.withAccess(!accepting ? null : password != null ? ON_ORIGINAL : ON_EARLIER,
                    base.collectionMethod(), access.statusUrl(h, caseId, base.caseNo()));
        }
        // the locks in one fixed order (EnumSet iterates in declaration order)
        Map<NoticeKind, Integer> seqs = new EnumMap<>(NoticeKind.class);
        for (NoticeKind k : EnumSet.copyOf(kinds)) {
            seqs.put(k, dao.nextNumber(hall.hallId(), k.name(), year));
        }
        List<Issued> issued = new ArrayList<>();
        for (NoticeKind k : kinds) {
            String number = pattern.format(hall.abbreviation(), codes.code(k), year, seqs.get(k));
            String data = write(base.as(k, number));
            // rendered from the stored JSON read back, as a 副本 will be: original and copy print the same values
            NoticeData read = read(data);
            // the A4 original alone prints the password in clear, once; a slip rendered later from the stored data
            // says where it is (the password is never stored)
            boolean clearPassword = password != null && PRINTS_PASSWORD.contains(k);
            NoticeData stored = clearPassword ? read.withAccess(password, read.collectionMethod(), read.statusUrl())
                    : read;
            // the first paper only (A4 where the kind has it), and only where it cannot wait for the commit; the
            // other papers are rendered from the same stored data on their first request (original())
            Paper first = primary(k);
            Map<Paper, CompletableFuture<byte[]>> papers = new EnumMap<>(Paper.class);
            if (k == kinds.get(kinds.size() - 1) || clearPassword) {
                papers.put(first, CompletableFuture.supplyAsync(() -> pdfs.render(zone, stored, first, false),
                        renders));
            }
            issued.add(new Issued(k, number, seqs.get(k), data, papers));
        }
        StringBuilder detail = new StringBuilder();
        List<Deferred> afterCommit = new ArrayList<>();
        for (Issued d : issued) {
            long id = dao.insertDocument(caseId, hall.hallId(), d.kind().name(), d.number(), year, d.seq(), d.data(),
                    now, staffId);
            for (Map.Entry<Paper, CompletableFuture<byte[]>> e : d.papers().entrySet()) {
                dao.insertPdf(id, e.getKey().name(), join(e.getValue()));
            }
            if (d.papers().isEmpty()) {
                afterCommit.add(new Deferred(id, primary(d.kind()), d.data()));
            }
            detail.append(detail.length() == 0 ? "" : "; ").append(d.kind()).append(' ').append(d.number());
        }
        if (!afterCommit.isEmpty()) {
            Jdbi jdbi = h.getJdbi();
            // a moment after the answer: the counter fetches and draws the outcome's notice in the meantime, and on a
            // small server this render would take a core from that
            Executor later = CompletableFuture.delayedExecutor(AFTER_ANSWER.toMillis(), TimeUnit.MILLISECONDS,
                    renders);
            h.afterCommit(() -> afterCommit.forEach(d -> later.execute(() -> store(jdbi, zone, d))));
        }
        h.attach(AuditDao.class).record(now, staffId, AuditAction.CASE_DOCUMENT_ISSUED, base.caseNo(),
                detail.toString());
    }

    /**
     * Renders and keeps a document's original after its issue committed. A failure only leaves it to its first
     * request, which renders the same PDF from the same data; the log names the document, nothing personal.
     */
    private void store(Jdbi jdbi, ZoneId zone, Deferred d) {
        try {
            byte[] pdf = pdfs.render(zone, read(d.data()), d.paper(), false);
            jdbi.useExtension(DocumentDao.class, dao -> dao.insertPdfIfAbsent(d.id(), d.paper().name(), pdf));
        } catch (RuntimeException e) {
            // the exception's class only: a rendering failure's message can quote the document's values
            LOG.warn("document {} ({}) not rendered after its issue, left to its first request: {}", d.id(), d.paper(),
                    e.getClass().getName());
        }
    }

    /** The paper an issue renders at once: A4 where the kind has it, else its only paper. */
    static Paper primary(NoticeKind kind) {
        return kind.papers().contains(Paper.A4) ? Paper.A4 : EnumSet.copyOf(kind.papers()).iterator().next();
    }

    /** Renders the original of a stored document on a paper that was not rendered at issue. */
    byte[] original(ZoneId hallZone, String data, Paper paper) {
        return pdfs.render(hallZone, read(data), paper, false);
    }

    /** Renders a 副本 of a stored document from the data its original was rendered from. */
    byte[] copy(ZoneId hallZone, String data, Paper paper) {
        return pdfs.render(hallZone, read(data), paper, true);
    }

    private record Issued(NoticeKind kind, String number, int seq, String data,
            Map<Paper, CompletableFuture<byte[]>> papers) {
    }

    /** A document whose original is rendered after the commit. */
    private record Deferred(long id, Paper paper, String data) {
    }

    private static byte[] join(CompletableFuture<byte[]> pdf) {
        try {
            return pdf.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private String write(NoticeData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice data not serialisable", e);
        }
    }

    private NoticeData read(String data) {
        try {
            return json.readValue(data, NoticeData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notice data unreadable", e);
        }
    }
}
