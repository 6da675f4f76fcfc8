package org.yichuang.server.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.CounterInfo;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.person.Agent;
import org.yichuang.core.person.Applicant;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.catalog.CatalogService;
import org.yichuang.server.catalog.InForceRow;
import org.yichuang.server.cases.lifecycle.CaseCalendar;

/** Creates and reads cases (办件); every touch of personal data is audited in the same transaction. */
public final class CaseService {
    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);
    private static final int MAX_DAILY_SEQUENCE = 9999;

    private final Jdbi jdbi;
    private final CatalogService catalog;
    private final CaseCreation creation;
    private final Clock clock;

    /** Wires the service; the calendar gives each new case the end of its 5-working-day notice period. */
    public CaseService(Jdbi jdbi, CatalogService catalog, NewCaseValidator validator, CaseCalendar calendar,
            Clock clock) {
        this.jdbi = jdbi;
        this.catalog = catalog;
        this.creation = new CaseCreation(validator, calendar, clock);
        this.clock = clock;
    }

    /** The receipt and whether this call created the case (false: an earlier submission with the same key). */
    public record Outcome(CaseReceipt receipt, boolean created) {
    }

    /**
     * Validates and stores a case at the caller's counter, numbered 实施编码 + yyyyMMdd + 4-digit daily sequence.
     *
     * @throws DomainException for invalid input, ITEM_NOT_FOUND, COUNTER_REQUIRED or IDEMPOTENCY_CONFLICT
     */
    public Outcome create(Principal clerk, NewCase request) {
        CaseCreation.Start start = creation.start(clerk, request);
        ValidCase valid = start.valid();
        Instant now = start.now();
        // the version in force at acceptance is the one the case keeps, whatever the item becomes later; read on the
        // transaction's own connection (one connection and one transaction per case)
        Long ticketId = request.ticketId();
        Outcome outcome = jdbi.inTransaction(h -> store(h, clerk, catalog.require(h, valid.itemCode(), now), valid,
                ticketId, now, start.day()));
        LOG.info("case {} {} at counter {}", outcome.receipt().caseNo(), outcome.created() ? "created" : "repeated",
                clerk.counter().number());
        return outcome;
    }

    private Outcome store(Handle h, Principal clerk, InForceRow item, ValidCase valid, Long ticketId, Instant now,
            LocalDate day) {
        // DAOs attached where used: each attach costs a handler per DAO method (JFR, bench/server-load.sh)
        java.util.Optional<Long> earlier = creation.claim(h, clerk, valid.idempotencyKey(), valid.contentHash(), now);
        if (earlier.isPresent()) {
            ReceiptRow receipt = h.attach(CaseDao.class).findReceipt(earlier.get()).orElseThrow();
            h.attach(AuditDao.class).record(now, clerk.staffId(), AuditAction.CASE_CREATE_REPEATED, receipt.caseNo(),
                    null);
            return new Outcome(receipt.receipt(), false);
        }
        creation.lockTicket(h, clerk, ticketId);
        LocalDate noticeDueOn = creation.noticeDueOn(day);
        Applicant applicant = valid.applicant();
        long personId = creation.applicant(h, valid, now);
        Agent agent = applicant.agent();
        // number, insert, link the key and audit in one round trip (the hot path: fewer round trips, more cases/s)
        String caseNo = h.attach(CaseInsertDao.class).insertNumbered(valid.idempotencyKey(),
                item.implementationCode() + day.format(DateTimeFormatter.BASIC_ISO_DATE), MAX_DAILY_SEQUENCE,
                item.itemId(), item.versionId(), day, item.department(), personId, valid.name(), valid.phone(), valid.remarks(),
                clerk.counterId(), clerk.staffId(), now, noticeDueOn, AuditAction.CASE_CREATED.name(),
                "person:" + personId, applicant.legalRepresentative(), agent == null ? null : agent.name(),
                agent == null ? null : agent.document().type().name(), agent == null ? null : agent.document().value(),
                agent == null ? null : agent.phone().value(), valid.representativeDocumentType(),
                valid.representativeDocumentNumber())
                .orElseThrow(() -> new IllegalStateException("daily case sequence exhausted for item " + item.itemId()));
        if (ticketId != null) {
            creation.linkTicket(h, caseNo, ticketId);
            // the ticket's number and wait as the receipt reads them (one more query only for cases with a ticket)
            return new Outcome(h.attach(CaseDao.class).findReceiptByCaseNo(caseNo).orElseThrow().receipt(), true);
        }
        // built from what was just written (CaseServiceTest compares it with the stored receipt)
        CounterInfo counter = clerk.counter();
        return new Outcome(new CaseReceipt(caseNo, item.implementationCode(), item.name(), item.department(),
                item.caseKind(), item.promisedLimit(), valid.name(), Masking.documentNumber(applicant.identifier()), now, counter.number(),
                counter.name(), counter.hallName(), clerk.staff().displayName()), true);
    }

    /**
     * Returns a case by number (办件编号) and audits the read.
     *
     * @throws DomainException CASE_NOT_FOUND
     */
    public CaseReceipt get(Principal reader, String caseNo) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            ReceiptRow row = h.attach(CaseDao.class).findReceiptByCaseNo(caseNo)
                    .orElseThrow(() -> new DomainException(ErrorCode.CASE_NOT_FOUND));
            h.attach(AuditDao.class).record(now, reader.staffId(), AuditAction.CASE_READ, row.caseNo(), null);
            return row.receipt();
        });
    }
}
