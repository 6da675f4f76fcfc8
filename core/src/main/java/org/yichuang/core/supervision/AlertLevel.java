package org.yichuang.core.supervision;

/**
 * The 红黄牌 level of a case (RULES.md §8.5), from harmless to worst; the order of the constants is the order of
 * severity.
 */
public enum AlertLevel {
    /** 正常: within every limit, or no clock runs. */
    NONE("正常", "green"),
    /** 预警: few working days left before the promised due date, or most of the promised limit used. */
    WARNING("预警", "orange"),
    /** 黄牌: the promised due date (承诺期限) has passed, or the current back-office step (环节) is overdue. */
    YELLOW("黄牌", "yellow"),
    /** 红牌: the statutory due date (法定期限) has passed. */
    RED("红牌", "red");

    private final String label;
    private final String colour;

    AlertLevel(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    /** Returns the Chinese name shown to staff: 正常, 预警, 黄牌, 红牌. */
    public String label() {
        return label;
    }

    /**
     * Returns the card colour's name ({@code green}, {@code orange}, {@code yellow}, {@code red}); the client maps it
     * to a theme key, never to a Java colour.
     */
    public String colour() {
        return colour;
    }

    /** Whether this level is more severe than {@code other}. */
    public boolean isWorseThan(AlertLevel other) {
        return compareTo(other) > 0;
    }
}
