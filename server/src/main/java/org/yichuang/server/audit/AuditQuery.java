package org.yichuang.server.audit;

import java.time.Instant;
import java.util.Set;

/**
 * One page request on the audit log (审计日志), newest first; every filter is optional and they all apply together.
 *
 * @param limit    entries per page, 1 to {@link AuditService#MAX_LIMIT}
 * @param before   only entries with a smaller id (the {@code nextBefore} of the previous page); null from the newest
 * @param actions  only these actions; empty for any
 * @param excluded never these actions (e.g. SIGN_IN_FAILED, so a flood of failures hides nothing)
 * @param username only entries of this staff member; null for anyone
 * @param subject  only entries with exactly this subject (a case number, {@code ip:…}, {@code counter:…}); null for any
 * @param from     only entries at or after; null for no bound
 * @param to       only entries before; null for no bound
 */
public record AuditQuery(int limit, Long before, Set<AuditAction> actions, Set<AuditAction> excluded,
        String username, String subject, Instant from, Instant to) {

    /** Copies the sets. */
    public AuditQuery {
        actions = Set.copyOf(actions);
        excluded = Set.copyOf(excluded);
    }

    /** The newest {@code limit} entries of any kind. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(limit, null, Set.of(), Set.of(), null, null, null, null);
    }
}
