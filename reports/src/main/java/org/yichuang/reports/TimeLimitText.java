package org.yichuang.reports;

import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;

/** How the papers word a case kind and a time limit (办件类型, 办结时限): the same on the receipt and every notice. */
public final class TimeLimitText {
    private TimeLimitText() {
    }

    /** Returns 即办件 / 承诺件, or "" for none. */
    public static String kind(CaseKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case IMMEDIATE -> "即办件";
            case PROMISED -> "承诺件";
        };
    }

    /** Returns e.g. 20个工作日; 即办件 are decided on the spot whatever limit the catalogue carries. */
    public static String limit(CaseKind kind, TimeLimit limit) {
        if (kind == CaseKind.IMMEDIATE) {
            return "当场办结";
        }
        return limit(limit);
    }

    /** Returns e.g. 20个工作日, or "" for none. */
    public static String limit(TimeLimit limit) {
        if (limit == null) {
            return "";
        }
        String unit = switch (limit.unit()) {
            case WORKING_DAYS -> "个工作日";
            case NATURAL_DAYS -> "日（自然日）";
            case HOURS -> "小时";
            case MONTHS -> "个月";
        };
        return limit.value() + unit;
    }
}
