package org.yichuang.core.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Item type (事项类型, GB/T 39046 A.1); stored by name, exchanged by code. */
public enum ItemType {
    /** 行政权力 (其他). */
    ADMINISTRATIVE_POWER("00", "行政权力"),
    /** 行政许可. */
    LICENSING("01", "行政许可"),
    /** 行政处罚. */
    PENALTY("02", "行政处罚"),
    /** 行政强制. */
    ENFORCEMENT("03", "行政强制"),
    /** 行政征收. */
    LEVY("04", "行政征收"),
    /** 行政给付. */
    BENEFIT("05", "行政给付"),
    /** 行政检查. */
    INSPECTION("06", "行政检查"),
    /** 行政确认. */
    CONFIRMATION("07", "行政确认"),
    /** 行政奖励. */
    REWARD("08", "行政奖励"),
    /** 行政裁决. */
    ADJUDICATION("09", "行政裁决"),
    /** 其他行政权力. */
    OTHER_POWER("10", "其他行政权力"),
    /** 公共服务. */
    PUBLIC_SERVICE("20", "公共服务");

    private final String code;
    private final String label;

    ItemType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Returns the two-digit national code. */
    public String code() {
        return code;
    }

    /** Returns the Chinese name as printed in guides. */
    public String label() {
        return label;
    }

    /** Finds the type by its national code or its Chinese name. */
    public static Optional<ItemType> fromCodeOrLabel(String s) {
        return Arrays.stream(values()).filter(t -> t.code.equals(s) || t.label.equals(s) || t.name().equals(s))
                .findFirst();
    }
}
