package org.yichuang.core.queue;

/** How a hall serves priority tickets (RULES.md §8.3): ahead of the others, or at counters set aside for them. */
public enum PriorityOrdering {
    /** 同类优先: a priority ticket is called before every ordinary ticket of its category, at any of its counters. */
    FIRST_IN_CATEGORY("在本类别中优先叫号"),
    /**
     * 专窗办理: priority tickets are called only by counters marked as priority counters for the category; they call
     * those first and ordinary tickets when none waits, while other counters call only ordinary tickets.
     */
    DEDICATED_COUNTER("由优先窗口叫号");

    private final String label;

    PriorityOrdering(String label) {
        this.label = label;
    }

    /** Returns the Chinese label of the setting. */
    public String label() {
        return label;
    }
}
