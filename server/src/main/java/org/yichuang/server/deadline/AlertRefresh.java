package org.yichuang.server.deadline;

/**
 * HOOK for the supervision package (红黄牌): told after a recompute pass moved due dates, so alert levels follow the
 * new dates. {@code app} wires the supervision refresh here; until supervision exists it is {@link #NONE}, and the
 * day-boundary sweep is what corrects the levels.
 */
@FunctionalInterface
public interface AlertRefresh {
    /** Does nothing (no supervision wired). */
    AlertRefresh NONE = caseIds -> { };

    /** Recomputes the alert level of these cases (their due dates just moved). */
    void refreshCases(long[] caseIds);
}
