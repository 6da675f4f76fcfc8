package org.yichuang.core.catalog;

/** How the result reaches the applicant (送达方式). */
public enum DeliveryOption {
    /** 窗口自取. */
    PICK_UP,
    /** 邮寄. */
    MAIL
}
