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

    /** Returns one page of matching entries, newest first, with the cursor of the next page if there is one. */
    public AuditPage page(AuditQuery q) {
        // one more than asked tells whether an older page exists without counting the whole log
        List<AuditEntry> rows = audit.page(q.before(), names(q.actions()), names(q.excluded()), q.username(),
                q.subject(), q.from(), q.to(), q.limit() + 1);
        if (rows.size() <= q.limit()) {
            return new AuditPage(rows, null);
        }
        List<AuditEntry> page = rows.subList(0, q.limit());
        return new AuditPage(List.copyOf(page), page.get(page.size() - 1).id());
    }

    private static String[] names(java.util.Set<AuditAction> actions) {
        return actions.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
