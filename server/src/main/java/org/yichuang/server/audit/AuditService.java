package org.yichuang.server.audit;

import java.util.List;

/** Reads the audit log for supervisors and administrators. */
public final class AuditService {
    /** The most a single page returns. */
    public static final int MAX_LIMIT = 500;
    private final AuditDao audit;

    /** Reads through the DAO. */
    public AuditService(AuditDao audit) {
        this.audit = audit;
    }

    /** Returns the newest entries first; {@code limit} is between 1 and {@link #MAX_LIMIT}. */
    public List<AuditEntry> recent(int limit) {
        return audit.recent(limit);
    }
}
