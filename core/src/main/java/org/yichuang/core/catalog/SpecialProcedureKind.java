package org.yichuang.core.catalog;

/**
 * A special procedure (特别程序). The first eight are the exact list of 行政许可法 Art. 45 (听证、招标、拍卖、检验、
 * 检测、检疫、鉴定、专家评审) and never count toward the limit; 现场勘验 and 技术审查 come from local rules (安阳 37) that
 * do not say, so each item states it.
 */
public enum SpecialProcedureKind {
    /** 听证. */
    HEARING(true),
    /** 招标. */
    BIDDING(true),
    /** 拍卖. */
    AUCTION(true),
    /** 检验. */
    INSPECTION(true),
    /** 检测. */
    TESTING(true),
    /** 检疫. */
    QUARANTINE(true),
    /** 鉴定. */
    APPRAISAL(true),
    /** 专家评审. */
    EXPERT_REVIEW(true),
    /** 现场勘验. */
    SITE_SURVEY(false),
    /** 技术审查. */
    TECHNICAL_REVIEW(false);

    private final boolean statutoryExclusion;

    SpecialProcedureKind(boolean statutoryExclusion) {
        this.statutoryExclusion = statutoryExclusion;
    }

    /** Returns true when Art. 45 itself excludes the time from the limit, so an item cannot say otherwise. */
    public boolean statutoryExclusion() {
        return statutoryExclusion;
    }
}
