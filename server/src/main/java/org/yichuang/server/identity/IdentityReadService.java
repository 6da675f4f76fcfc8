package org.yichuang.server.identity;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.IdentityReadNotice;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;

/**
 * Records card reads at counters (读卡记录) in the audit log: who, which counter, which kind of card. The card's content
 * never reaches the server here; the applicant's data arrives with the case, audited there.
 */
public final class IdentityReadService {
    private final Jdbi jdbi;
    private final Clock clock;

    /** Writes through {@code jdbi}, dated by {@code clock}. */
    public IdentityReadService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Writes one audit row: subject {@code counter:<number>}, detail the card kind.
     *
     * @throws DomainException COUNTER_REQUIRED without a counter, IDENTITY_CARD_KIND_UNKNOWN for an unknown kind
     */
    public void record(Principal clerk, IdentityReadNotice notice) {
        if (clerk.counter() == null) {
            throw new DomainException(ErrorCode.COUNTER_REQUIRED);
        }
        if (notice == null || !IdentityReadNotice.isKnownKind(notice.cardKind())) {
            throw new DomainException(ErrorCode.IDENTITY_CARD_KIND_UNKNOWN);
        }
        jdbi.useExtension(AuditDao.class, audit -> audit.record(clock.instant(), clerk.staffId(),
                AuditAction.IDENTITY_CARD_READ, "counter:" + clerk.counter().number(), notice.cardKind()));
    }
}
