package org.yichuang.core.intake;

/** How a material was received (收取方式, GB/T 39046 表5). */
public enum MaterialChannel {
    /** 纸质. */
    PAPER("纸质"),
    /** 共享获取: fetched from data sharing, nothing handed in. */
    SHARED_DATA("共享获取"),
    /** 电子材料 (电子证照、电子文件). */
    ELECTRONIC("电子");

    private final String label;

    MaterialChannel(String label) {
        this.label = label;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }
}
