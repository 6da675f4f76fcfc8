package org.yichuang.core.cases;

/** What staff (or the system) do to a case (办件操作); each moves it along the table of {@link CaseTransitions}. */
public enum CaseAction {
    /** 受理 (Art. 32(5)). */
    ACCEPT("受理"),
    /** 容缺受理. */
    ACCEPT_DEFERRED("容缺受理"),
    /** 一次性告知补正: the notice is served now (Art. 32(4), within 5 working days of receipt). */
    REQUEST_SUPPLEMENT("一次性告知补正"),
    /** 当场更正 (Art. 32(3)). */
    CORRECT_ON_SPOT("当场更正"),
    /** 告知不需取得许可 (Art. 32(1)). */
    DECLARE_NOT_REQUIRED("告知不需许可"),
    /** 不予受理：非本机关职权 (Art. 32(2)). */
    DECLARE_NOT_COMPETENT("不予受理（非本机关职权）"),
    /** 视为受理: done by the system's day sweep when the notice period passed. */
    DEEM_ACCEPTED("视为受理"),
    /** 告知承诺：当场决定. */
    DECIDE_ON_COMMITMENT("告知承诺决定"),
    /** 补正完成，受理 (acceptance basis AFTER_SUPPLEMENT). */
    COMPLETE_SUPPLEMENT("补正齐全并受理"),
    /** 撤回 / 视为撤回. */
    WITHDRAW("撤回申请"),
    /** 补正后仍不符合要求，不予受理. */
    REJECT("不予受理"),
    /** 撤销受理 (missed 容缺 supplement). */
    REVOKE_ACCEPTANCE("撤销受理"),
    /** 终止办理. */
    TERMINATE("终止办理"),
    /** 开始审查. */
    START_REVIEW("开始审查"),
    /** 延长办理期限 (Art. 42). */
    EXTEND("延长期限"),
    /** 启动特别程序 (Art. 45): the clock stops. */
    START_SPECIAL_PROCEDURE("启动特别程序"),
    /** 结束特别程序: the clock runs again. */
    END_SPECIAL_PROCEDURE("结束特别程序"),
    /** 准予许可. */
    APPROVE("准予许可"),
    /** 不予许可. */
    REFUSE("不予许可"),
    /** 送达/出件. */
    DELIVER("送达");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    /** Returns the Chinese label shown on the button and in the history. */
    public String label() {
        return label;
    }
}
