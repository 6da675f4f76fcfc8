package org.yichuang.core.cases;

/**
 * The legal state of a case (办件状态, RULES.md §1.2). Receipt (收件) and acceptance (受理) are different states: a case
 * that was only received is {@link #RECEIVED}, never "accepted".
 */
public enum CaseState {
    /** 已收件: papers in, not yet accepted; the 5-working-day notice period (Art. 32(4)) runs. */
    RECEIVED("已收件", true, false),
    /** 当场更正: a correctable error was corrected on the spot (Art. 32(3)); to be checked again. */
    CORRECTED_ON_SPOT("已当场更正", true, false),
    /** 待补正: the one-time supplement notice (一次告知) was served (Art. 32(4)); the decision clock has not started. */
    NEEDS_SUPPLEMENT("待补正", true, false),
    /** 不需许可: no licence needed, told at once (Art. 32(1)). */
    NOT_REQUIRED("不需取得许可", false, false),
    /** 不予受理: not this office's competence (Art. 32(2)). */
    NOT_COMPETENT("不予受理（非本机关职权）", false, false),
    /** 视为受理: no notice within 5 working days, so accepted as of receipt (Art. 32(4)). */
    DEEMED_ACCEPTED("视为受理", true, true),
    /** 已受理 (Art. 32(5)). */
    ACCEPTED("已受理", true, true),
    /** 容缺受理: accepted with secondary materials to follow (RULES.md §2). */
    ACCEPTED_DEFERRED("容缺受理", true, true),
    /** 告知承诺: decided on the applicant's written promise, checked afterwards (RULES.md §2.4). */
    DECIDED_ON_COMMITMENT("告知承诺已决定", false, false),
    /** 视为撤回/撤回申请. */
    WITHDRAWN("已撤回", false, false),
    /** 补正后仍不符合要求，不予受理. */
    REJECTED("不予受理", false, false),
    /** 审查中 (back office). */
    IN_REVIEW("审查中", true, true),
    /** 已延期 (Art. 42). */
    EXTENDED("已延期", true, true),
    /** 特别程序中 (Art. 45): the clock is stopped. */
    SPECIAL_PROCEDURE("特别程序中", true, false),
    /** 准予许可. */
    APPROVED("准予许可", false, false),
    /** 不予许可 (Art. 38(2)). */
    REFUSED("不予许可", false, false),
    /** 已送达/已出件 (Art. 44). */
    DELIVERED("已送达", false, false),
    /** 撤销受理 (missed 容缺 supplement, 浙江 11). */
    ACCEPTANCE_REVOKED("已撤销受理", false, false),
    /** 终止办理. */
    TERMINATED("已终止", false, false);

    private final String label;
    private final boolean open;
    private final boolean decisionClockRuns;

    CaseState(String label, boolean open, boolean decisionClockRuns) {
        this.label = label;
        this.open = open;
        this.decisionClockRuns = decisionClockRuns;
    }

    /** Returns the Chinese label shown to staff. */
    public String label() {
        return label;
    }

    /**
     * Returns true while the case waits for a decision (未办结); false once it is finally decided or ended (办结),
     * which is the list of V6's open-case index.
     */
    public boolean open() {
        return open;
    }

    /** Returns true when the case is in a final state (办结): the negation of {@link #open()}. */
    public boolean isFinal() {
        return !open;
    }

    /** Returns true when the decision clock (Art. 42) runs in this state: accepted and not in a special procedure. */
    public boolean decisionClockRuns() {
        return decisionClockRuns;
    }
}
