package org.yichuang.core.catalog;

/** Where a material comes from (材料来源). */
public enum MaterialSource {
    /** 申请人自备. */
    APPLICANT,
    /** 部门核发. */
    ISSUED_BY_DEPARTMENT,
    /** 共享获取 (fetched from data sharing, not asked of the applicant). */
    SHARED
}
