package org.yichuang.core.catalog;

/** Unit of a time limit (时限单位); working days are the default under 行政许可法 Art. 82. */
public enum LimitUnit {
    /** 工作日. */
    WORKING_DAYS,
    /** 自然日. */
    NATURAL_DAYS,
    /** 小时. */
    HOURS,
    /** 月 (民法典 Art. 202: the corresponding day of the last month, or its last day). */
    MONTHS
}
