package org.yichuang.core.catalog;

/** Case type (办件类型, GB/T 39046 A.6). */
public enum CaseKind {
    /** 即办件: decided on the spot. */
    IMMEDIATE,
    /** 承诺件: decided within the promised limit. */
    PROMISED
}
