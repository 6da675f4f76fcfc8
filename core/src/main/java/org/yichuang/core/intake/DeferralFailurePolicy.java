package org.yichuang.core.intake;

import org.yichuang.core.cases.CaseAction;

/**
 * What happens when a 容缺 supplement is not handed in by its due date (deferralFailurePolicy, RULES.md §2.3): hall
 * configuration, since the local regulations differ. The default is 安阳 24's 视为撤回.
 */
public enum DeferralFailurePolicy {
    /** 视为撤回 (安阳市政务服务条例 Art. 24). */
    WITHDRAWN("视为撤回", CaseAction.WITHDRAW),
    /** 撤销受理 with written reasons (浙江省保障“最多跑一次”改革规定 Art. 11). */
    ACCEPTANCE_REVOKED("撤销受理", CaseAction.REVOKE_ACCEPTANCE),
    /** 终止办理 (西安 practice). */
    TERMINATED("终止办理", CaseAction.TERMINATE);

    /** The policy of a hall that configured none. */
    public static final DeferralFailurePolicy DEFAULT = WITHDRAWN;

    private final String label;
    private final CaseAction action;

    DeferralFailurePolicy(String label, CaseAction action) {
        this.label = label;
        this.action = action;
    }

    /** Returns the Chinese wording of the consequence, for notices (逾期未补齐的，…). */
    public String label() {
        return label;
    }

    /** Returns the lifecycle action the day sweep takes on an overdue deferred case. */
    public CaseAction action() {
        return action;
    }
}
