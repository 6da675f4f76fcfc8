package org.yichuang.core.api;

import java.time.Instant;
import java.util.List;
import org.yichuang.core.cases.CaseState;

/**
 * A 一件事 application as it stands: {@code GET /api/bundle-cases/{parentCaseNo}}. The parent's state is derived
 * from the children's (core {@code BundleProgress}: the least advanced open child, 办结 when every child is).
 */
public record BundleCaseView(String parentCaseNo, String bundleCode, String bundleName, CaseState state,
        String stateLabel, Instant dueAt, List<Child> children) {
    /** Copies the list. */
    public BundleCaseView {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** One child case: its item, department, state and due dates (the promised one fixed at acceptance). */
    public record Child(int position, String caseNo, String itemName, String department, CaseState state,
            String stateLabel, Instant plannedDueAt, Instant promisedDueAt, Instant legalDueAt) {
    }
}
