package org.yichuang.server.applicant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.ApplicantLookup;
import org.yichuang.core.api.ApplicantView;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.person.ApplicantKey;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.cases.PersonDao;

/**
 * Finds returning applicants (issue 10 item 2): the lookup is validated with core's rules (so a loosely typed number
 * finds its stored form) and audited in the same transaction — who looked up whom, a miss included, by row id and
 * document type, never the number.
 */
public final class ApplicantService {
    private final Jdbi jdbi;
    private final Clock clock;

    /** Reads through {@code jdbi}, dated by {@code clock}. */
    public ApplicantService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Returns the stored applicant and audits the lookup.
     *
     * @throws DomainException a field code for a malformed number, APPLICANT_NOT_FOUND (the miss is audited too)
     */
    public ApplicantView find(Principal clerk, ApplicantLookup lookup) {
        Instant now = clock.instant();
        ApplicantKey key = ApplicantKey.of(lookup, LocalDate.ofInstant(now, clerk.hallZone()));
        String idType = key.organisation() ? PersonDao.CREDIT_CODE : key.documentType().name();
        Optional<PersonRow> found = jdbi.inTransaction(h -> {
            Optional<PersonRow> row = h.attach(ApplicantDao.class).find(key.number(), idType);
            h.attach(AuditDao.class).record(now, clerk.staffId(), AuditAction.APPLICANT_LOOKUP,
                    row.map(r -> "person:" + r.id()).orElse(null), "lookup " + idType + (row.isPresent() ? "" : " none"));
            return row;
        });
        return found.map(PersonRow::view).orElseThrow(() -> new DomainException(ErrorCode.APPLICANT_NOT_FOUND));
    }
}
