package org.yichuang.core.intake;

import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseState;

/** What the counter decides on an application (行政许可法 Art. 32, 34; RULES.md §1.2, §2), and its lifecycle action. */
public enum IntakeOutcome {
    /** 受理: every applicable material is in (Art. 32(5)). */
    ACCEPT("受理", CaseAction.ACCEPT),
    /** 容缺受理: only deferrable secondary materials missing, on the applicant's signed promise (RULES.md §2.2). */
    ACCEPT_DEFERRED("容缺受理", CaseAction.ACCEPT_DEFERRED),
    /** 一次性告知补正 (Art. 32(4)). */
    NEEDS_SUPPLEMENT("一次性告知补正", CaseAction.REQUEST_SUPPLEMENT),
    /** 当场更正 (Art. 32(3)). */
    CORRECTED_ON_SPOT("当场更正", CaseAction.CORRECT_ON_SPOT),
    /** 不需取得许可，即时告知 (Art. 32(1)). */
    NOT_REQUIRED("告知不需取得许可", CaseAction.DECLARE_NOT_REQUIRED),
    /** 不予受理：不属于本机关职权 (Art. 32(2)). */
    NOT_COMPETENT("不予受理", CaseAction.DECLARE_NOT_COMPETENT),
    /** 即办件当场准予 (Art. 34). */
    APPROVE_ON_SPOT("当场办结（准予）", CaseAction.APPROVE),
    /** 即办件当场不予许可 (Art. 34, 38(2)). */
    REFUSE_ON_SPOT("当场不予许可", CaseAction.REFUSE),
    /** 告知承诺：按承诺当场决定 (RULES.md §2.4). */
    DECIDE_ON_COMMITMENT("告知承诺办理", CaseAction.DECIDE_ON_COMMITMENT);

    private final String label;
    private final CaseAction action;

    IntakeOutcome(String label, CaseAction action) {
        this.label = label;
        this.action = action;
    }

    /** Returns the Chinese label shown on the outcome button. */
    public String label() {
        return label;
    }

    /** Returns the lifecycle transition this outcome makes. */
    public CaseAction action() {
        return action;
    }

    /** Returns true for the outcomes that refuse the application and must name reasons, basis and remedies. */
    public boolean refusal() {
        return this == NOT_REQUIRED || this == NOT_COMPETENT || this == REFUSE_ON_SPOT;
    }

    /**
     * Returns true when taking {@code action} on a case in state {@code from} is an intake outcome, which only the
     * intake (with its materials checklist judged by {@link IntakeRules}) may make: the transitions route refuses
     * it (TRANSITION_REQUIRES_INTAKE), so no case is accepted without a checklist. 视为受理 (DEEM_ACCEPTED) is the
     * system's and back-office decisions on accepted cases are not intake.
     */
    public static boolean decidedAtIntake(CaseState from, CaseAction action) {
        if (from != CaseState.RECEIVED && from != CaseState.CORRECTED_ON_SPOT) {
            return false;
        }
        for (IntakeOutcome o : values()) {
            if (o.action == action) {
                return true;
            }
        }
        return false;
    }
}
