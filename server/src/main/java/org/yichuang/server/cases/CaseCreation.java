package org.yichuang.server.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.cases.CaseTimestamps;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.person.Applicant;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.cases.lifecycle.CaseCalendar;

/**
 * The one path by which the counter creates cases (办件): a single item's case ({@link CaseService}) and a 一件事
 * application's parent and children (cases.bundle.BundleCaseService) take the same steps, in this order, inside their
 * own transaction: {@link #start} (counter, time, validated input), {@link #claim} (the idempotency key),
 * {@link #lockTicket} (the queue ticket, issue 12), {@link #applicant} (the person, upserted), the rows (the caller's
 * own insert statements), then {@link #linkTicket}.
 */
public final class CaseCreation {
    private final NewCaseValidator validator;
    private final CaseCalendar calendar;
    private final Clock clock;

    /** Wires the path; the calendar gives each new case the end of its 5-working-day notice period. */
    public CaseCreation(NewCaseValidator validator, CaseCalendar calendar, Clock clock) {
        this.validator = validator;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * A creation under way: when it started, the hall's day, the validated input.
     *
     * @param now truncated to microseconds: PostgreSQL keeps those, and a repeated submission must return exactly the
     *            first receipt
     */
    public record Start(Instant now, LocalDate day, ValidCase valid) {
    }

    /**
     * Checks that the clerk works at a counter and validates the request (for a 一件事 application its bundle code
     * stands in the item code's place).
     *
     * @throws DomainException COUNTER_REQUIRED or the validator's codes
     */
    public Start start(Principal clerk, NewCase request) {
        if (clerk.counterId() == null) {
            throw new DomainException(ErrorCode.COUNTER_REQUIRED);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate day = now.atZone(clerk.hallZone()).toLocalDate();
        return new Start(now, day, validator.validate(request, day));
    }

    /**
     * Claims the idempotency key for this content; the key is the clerk's at this counter (the same key from
     * elsewhere is another submission).
     *
     * @return empty when claimed now (create the case); the earlier case's id when the same content came before
     * @throws DomainException IDEMPOTENCY_CONFLICT when the key was used for other content
     */
    public Optional<Long> claim(Handle h, Principal clerk, String key, String hash, Instant now) {
        IdempotencyDao keys = h.attach(IdempotencyDao.class);
        long staffId = clerk.staffId();
        long counterId = clerk.counterId();
        if (keys.claim(staffId, counterId, key, hash, now) == 1) {
            return Optional.empty();
        }
        IdempotencyRow earlier = keys.find(staffId, counterId, key).orElseThrow();
        if (!earlier.requestHash().equals(hash) || earlier.caseId() == null) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_CONFLICT);
        }
        return Optional.of(earlier.caseId());
    }

    /**
     * Locks the queue ticket (issue 12): only the ticket this counter calls or serves now, locked so it cannot finish
     * under the case. Nothing for none.
     *
     * @throws DomainException CASE_TICKET_NOT_AT_COUNTER
     */
    public void lockTicket(Handle h, Principal clerk, Long ticketId) {
        if (ticketId != null && h.attach(CaseTicketDao.class).lockServedTicket(ticketId, clerk.counterId())
                .isEmpty()) {
            throw new DomainException(ErrorCode.CASE_TICKET_NOT_AT_COUNTER);
        }
    }

    /** Stores (or updates) the applicant's person and returns its id. */
    public long applicant(Handle h, ValidCase valid, Instant now) {
        Applicant applicant = valid.applicant();
        return h.attach(PersonDao.class).upsertApplicant(applicant.identifier(), valid.idType(),
                applicant.kind().name(), valid.name(), applicant.legalRepresentative(),
                valid.representativeDocumentType(), valid.representativeDocumentNumber(), valid.phone(), now);
    }

    /**
     * The last day of the 一次告知 period: the fifth working day after the day of receipt (Art. 32(4), 82); the
     * statement ends that day at the hall's cut-off, as every due day does.
     */
    public LocalDate noticeDueOn(LocalDate day) {
        return calendar.current().plusWorkingDays(day, CaseTimestamps.NOTICE_PERIOD.value());
    }

    /** Links a stored case to its locked ticket (nothing for none). */
    public void linkTicket(Handle h, String caseNo, Long ticketId) {
        if (ticketId != null) {
            h.attach(CaseTicketDao.class).link(caseNo, ticketId);
        }
    }
}
