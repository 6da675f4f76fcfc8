package org.yichuang.core.api;

import java.time.Instant;
import org.yichuang.core.catalog.CaseKind;

/**
 * One line of the administrator's item list (事项管理): the item's latest version, whatever its state, so withdrawn
 * items and items waiting for a future effective time can be found and edited.
 *
 * @param version       the latest version (the one an editor builds on)
 * @param effectiveFrom 生效时间 of that version; after now means it is waiting (待生效)
 * @param inForce       false when that version withdraws the item (停用)
 * @param recordedBy    who saved it ({@code system} for the demo seed)
 */
public record CatalogListing(String implementationCode, String name, String department, CaseKind caseKind,
        int version, Instant effectiveFrom, boolean inForce, Instant recordedAt, String recordedBy) {

    /** The state as of {@code now}: in force (现行), withdrawn (已停用) or waiting (待生效). */
    public State stateAt(Instant now) {
        if (effectiveFrom.isAfter(now)) {
            return State.WAITING;
        }
        return inForce ? State.IN_FORCE : State.WITHDRAWN;
    }

    /** What a listing's latest version means at a given time. */
    public enum State {
        /** 现行 */
        IN_FORCE,
        /** 待生效: the latest version's effective time has not come yet */
        WAITING,
        /** 已停用 */
        WITHDRAWN
    }
}
