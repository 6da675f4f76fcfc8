package org.yichuang.core.intake;

/** What the clerk found for one material of the checklist (材料是否收取, GB/T 39046 表5). */
public enum MaterialStatus {
    /** 已收取: handed in (or fetched by data sharing) and in legal form. */
    RECEIVED("已收取"),
    /** 未提交. */
    MISSING("未提交"),
    /** 不符合法定形式: handed in but wrong (the clerk says what is wrong); it must be supplemented. */
    DEFECTIVE("不符合要求"),
    /** 不适用: a conditional material (情形材料) whose condition does not apply to this applicant. */
    NOT_APPLICABLE("不适用");

    private final String label;

    MaterialStatus(String label) {
        this.label = label;
    }

    /** Returns the Chinese label for the receipt of materials (材料接收凭证). */
    public String label() {
        return label;
    }
}
