package org.yichuang.server.cases.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.intake.CollectionMethod;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;

/**
 * The public case status (issue 10 item 8): a case number and its 查询密码 give the state, the item, the dates and
 * what is outstanding. Every question is audited, answered or not, in the transaction that read the case.
 */
public final class StatusService {
    /** Longer than any case number: what is typed beyond it is not worth keeping in the audit log. */
    private static final int MAX_SUBJECT = 60;

    private final Jdbi jdbi;
    private final QueryPasswords passwords;
    private final Clock clock;

    public StatusService(Jdbi jdbi, QueryPasswords passwords, Clock clock) {
        this.jdbi = jdbi;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Answers the case's status when the password matches.
     *
     * @param network the asking address's network (ClientAddress), for the audit row
     * @throws DomainException STATUS_PASSWORD_WRONG for an unknown case, a case without a password, or a wrong one
     *                         (one answer for all three: the page must not tell which case numbers exist)
     */
    public StatusView query(String caseNo, String password, String network) {
        Instant now = clock.instant();
        String subject = caseNo.length() > MAX_SUBJECT ? caseNo.substring(0, MAX_SUBJECT) : caseNo;
        StatusView view = jdbi.inTransaction(h -> {
            StatusDao dao = h.attach(StatusDao.class);
            StatusRow row = dao.status(caseNo).orElse(null);
            boolean ok = row != null && row.passwordHash() != null
                    && passwords.matches(row.caseNo(), password, row.passwordHash());
            h.attach(AuditDao.class).record(now, null, AuditAction.CASE_STATUS_QUERIED, subject,
                    (ok ? "shown" : "refused") + " from " + network);
            return ok ? view(row, dao.outstanding(row.id())) : null;
        });
        if (view == null) {
            throw new DomainException(ErrorCode.STATUS_PASSWORD_WRONG);
        }
        return view;
    }

    private static StatusView view(StatusRow row, List<String> outstanding) {
        ZoneId zone = ZoneId.of(row.zoneId());
        CaseState state = CaseState.valueOf(row.state());
        // materials count as outstanding only while the case still waits for them
        boolean waiting = (state == CaseState.NEEDS_SUPPLEMENT || state == CaseState.ACCEPTED_DEFERRED)
                && row.supplementCompletedAt() == null;
        return new StatusView(row.caseNo(), row.hallName(), state.label(), row.itemName(), row.department(),
                Masking.name(row.applicantName()), day(row.receivedAt(), zone), day(row.acceptedAt(), zone),
                dueDay(row.promisedDueAt(), zone), waiting ? dueDay(row.supplementDueAt(), zone) : null,
                day(row.decidedAt(), zone), day(row.deliveredAt(), zone), waiting ? outstanding : List.of(),
                row.collectionMethod() == null ? null : CollectionMethod.valueOf(row.collectionMethod()).label());
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at == null ? null : LocalDate.ofInstant(at, zone);
    }

    /** A due day ends at its cut-off or at 24:00 (00:00 of the next day): the day is the one just before. */
    private static LocalDate dueDay(Instant at, ZoneId zone) {
        return at == null ? null : LocalDate.ofInstant(at.minusNanos(1), zone);
    }
}
