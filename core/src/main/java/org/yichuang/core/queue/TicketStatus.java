package org.yichuang.core.queue;

/** Where a ticket stands (RULES.md §8.2: 已叫号、已完成、已转移、已挂起、弃号). */
public enum TicketStatus {
    /** 等候: in its queue. A transfer puts a ticket back here, in its new category or for its new counter. */
    WAITING("等候中"),
    /** 已叫号: called to a counter, the applicant not there yet. */
    CALLED("已叫号"),
    /** 办理中: the applicant is at the counter. */
    SERVING("办理中"),
    /** 已挂起: set aside (e.g. to fetch a missing paper); returns to its counter's queue by itself. */
    HELD("已挂起"),
    /** 过号: called often and long enough without the applicant coming. */
    MISSED("已过号"),
    /** 已完成. */
    DONE("已完成"),
    /** 已关闭: closed at the end of the day, unserved, with a reason. */
    CLOSED("已关闭");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    /** Returns the Chinese label. */
    public String label() {
        return label;
    }

    /** Returns true while the ticket still holds its owner's place: one such ticket per person and category a day. */
    public boolean active() {
        return this == WAITING || this == CALLED || this == SERVING || this == HELD;
    }
}
