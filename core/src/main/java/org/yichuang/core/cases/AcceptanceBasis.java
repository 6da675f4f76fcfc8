package org.yichuang.core.cases;

/** On what ground a case was accepted (受理依据, RULES.md §1.3); the decision clock runs from its acceptance. */
public enum AcceptanceBasis {
    /** 材料齐全，正常受理. */
    NORMAL("正常受理"),
    /** 补正后受理. */
    AFTER_SUPPLEMENT("补正后受理"),
    /** 容缺受理. */
    DEFERRED("容缺受理"),
    /** 逾期未告知补正，视为受理 (accepted as of receipt). */
    DEEMED("视为受理"),
    /** 告知承诺. */
    COMMITMENT("告知承诺");

    private final String label;

    AcceptanceBasis(String label) {
        this.label = label;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }
}
