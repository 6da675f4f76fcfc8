package org.yichuang.core.catalog;

/** Who an item serves (服务对象, GB/T 39046 A.4; deployed systems number them differently, so store names). */
public enum ServiceObject {
    /** 自然人. */
    NATURAL_PERSON,
    /** 企业法人. */
    ENTERPRISE,
    /** 事业法人. */
    PUBLIC_INSTITUTION,
    /** 社会组织法人. */
    SOCIAL_ORGANIZATION,
    /** 行政机关. */
    GOVERNMENT_AGENCY,
    /** 其他组织. */
    OTHER_ORGANIZATION
}
