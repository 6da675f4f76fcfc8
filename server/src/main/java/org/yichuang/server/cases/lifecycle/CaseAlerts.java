package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.supervision.AlertLevel;

/**
 * HOOK for 红黄牌 (supervision): refreshes one case's alert level inside the transaction that changed it, so the level
 * commits with the change. {@code app} wires the supervision package's refresh here; {@link #NONE} until it exists.
 */
@FunctionalInterface
public interface CaseAlerts {
    /** Does nothing (no supervision wired): the stored level stays. */
    CaseAlerts NONE = (handle, caseId, now) -> null;

    /**
     * Recomputes the case's alert level as of {@code now} on the transaction's handle.
     *
     * @return the level now stored, or null when unknown (the stored one stays)
     */
    AlertLevel refresh(Handle handle, long caseId, Instant now);
}
