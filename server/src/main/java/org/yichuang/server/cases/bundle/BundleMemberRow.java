package org.yichuang.server.cases.bundle;

import java.time.Instant;
import java.time.LocalDate;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;

/**
 * The parent case of a 一件事 application or one of its children, with the bundle columns of V16.
 *
 * @param parentCaseId null on the parent
 * @param bundlePosition null on the parent
 */
public record BundleMemberRow(long id, String caseNo, Long parentCaseId, String bundleCode, String bundleName,
        Integer bundlePosition, BundleRunMode bundleRunMode, Integer bundleLimitValue, LimitUnit bundleLimitUnit,
        Instant bundleStartAt, Instant bundleDueAt, LocalDate bundleDueOn, CaseState state, String department,
        Instant promisedDueAt, Instant legalDueAt) {

    /** Whether this is the parent. */
    public boolean parent() {
        return parentCaseId == null;
    }

    /** The bundle's own limit, or null. */
    public TimeLimit bundleLimit() {
        return bundleLimitValue == null ? null : new TimeLimit(bundleLimitValue, bundleLimitUnit);
    }
}
