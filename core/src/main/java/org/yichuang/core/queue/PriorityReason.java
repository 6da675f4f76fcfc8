package org.yichuang.core.queue;

/**
 * Why a ticket is served first (优先原因; RULES.md §8.3): which reasons a hall grants, and whether they are served first
 * within their category or by a dedicated counter, is hall configuration.
 */
public enum PriorityReason {
    /** 老年人: age from the ID number at or above the hall's threshold (老年人权益保障法 Art. 2: 60; local rules 70). */
    ELDERLY("老年人优先"),
    /** 残疾人 (无障碍环境建设法 Art. 40), on the evidence the reception clerk sees. */
    DISABLED("残疾人优先"),
    /** 军人依法优先. */
    MILITARY("军人优先"),
    /** 预约: a booking checked in on its day. */
    BOOKING("预约"),
    /** 绿色通道 (国办发〔2020〕45号), e.g. major projects or urgent matters a supervisor approves. */
    GREEN_CHANNEL("绿色通道");

    private final String label;

    PriorityReason(String label) {
        this.label = label;
    }

    /** Returns the Chinese label printed on the ticket and shown to the clerk. */
    public String label() {
        return label;
    }
}
