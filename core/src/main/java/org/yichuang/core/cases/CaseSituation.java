package org.yichuang.core.cases;

import java.util.Objects;
import org.yichuang.core.catalog.CaseKind;

/**
 * What the transition table needs to know about a case beyond its state.
 *
 * @param itemKind   即办件 may be decided at the counter on receipt
 * @param extensions extensions granted so far: a case leaving a special procedure returns to EXTENDED when it has one
 */
public record CaseSituation(CaseState state, CaseKind itemKind, int extensions) {
    /** Validates the parts. */
    public CaseSituation {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(itemKind, "itemKind");
        if (extensions < 0) {
            throw new IllegalArgumentException("negative extension count");
        }
    }

    /** Returns the state a case goes back to when its special procedure ends (审查中 or 已延期). */
    public CaseState resumeState() {
        return extensions > 0 ? CaseState.EXTENDED : CaseState.IN_REVIEW;
    }
}
