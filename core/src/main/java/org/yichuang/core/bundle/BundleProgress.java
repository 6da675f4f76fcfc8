package org.yichuang.core.bundle;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.yichuang.core.cases.CaseState;

/**
 * The state of a bundle application's parent case, derived from its children (一件事办结 when every child is 办结).
 * <ul>
 *   <li>some child still open: the least advanced open child's state (the application waits for it), the order being
 *       that of {@link CaseState} (received, corrected, waiting for supplement, accepted …, in review, extended,
 *       special procedure);</li>
 *   <li>every child final: {@code DELIVERED} when every child was delivered; {@code APPROVED} when every child ended
 *       well (approved, delivered or decided on commitment); else the first child's (in member order) that ended
 *       otherwise — a refused or withdrawn member is what the applicant must be told about.</li>
 * </ul>
 */
public final class BundleProgress {
    private static final Set<CaseState> ENDED_WELL = EnumSet.of(CaseState.APPROVED, CaseState.DELIVERED,
            CaseState.DECIDED_ON_COMMITMENT);

    private BundleProgress() {
    }

    /** Returns the parent's state from the children's, in member order. */
    public static CaseState parentState(List<CaseState> children) {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("a parent case has children");
        }
        CaseState leastOpen = null;
        for (CaseState s : children) {
            if (s.open() && (leastOpen == null || s.ordinal() < leastOpen.ordinal())) {
                leastOpen = s;
            }
        }
        if (leastOpen != null) {
            return leastOpen;
        }
        if (children.stream().allMatch(s -> s == CaseState.DELIVERED)) {
            return CaseState.DELIVERED;
        }
        for (CaseState s : children) {
            if (!ENDED_WELL.contains(s)) {
                return s;
            }
        }
        return CaseState.APPROVED;
    }
}
