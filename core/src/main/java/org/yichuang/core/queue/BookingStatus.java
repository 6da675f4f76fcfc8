package org.yichuang.core.queue;

/** A booking's state (预约状态). */
public enum BookingStatus {
    /** 已预约: the slot is held. */
    BOOKED("已预约"),
    /** 已取消: by the applicant, up to the cancel deadline; frees the place. */
    CANCELLED("已取消"),
    /** 已签到: checked in at the kiosk or reception, which issued a priority ticket. */
    CHECKED_IN("已签到"),
    /** 爽约: the queue day closed without a check-in; counts towards losing the right to book. */
    NO_SHOW("未到（爽约）");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }
}
