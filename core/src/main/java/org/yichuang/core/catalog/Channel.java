package org.yichuang.core.catalog;

/** How an item can be handled (办理形式, GB/T 39046 A.5). */
public enum Channel {
    /** 窗口办理. */
    COUNTER,
    /** 电脑端 (网上办理). */
    ONLINE_PC,
    /** 移动端. */
    MOBILE,
    /** 快递. */
    EXPRESS,
    /** 其他. */
    OTHER
}
