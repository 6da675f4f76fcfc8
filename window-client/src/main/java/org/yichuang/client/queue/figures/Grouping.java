package org.yichuang.client.queue.figures;

import java.util.List;
import org.yichuang.core.api.queue.QueueFigures;

/** How the day's figures are grouped: one tab each (按窗口, 按人员, 按类别, 按时段). */
public enum Grouping {
    /** Per counter (窗口). */
    COUNTER,
    /** Per clerk (人员). */
    STAFF,
    /** Per category (业务类别). */
    CATEGORY,
    /** Per hour of the day (时段). */
    HOUR;

    /** Returns this grouping's rows of {@code figures}. */
    public List<QueueFigures.Row> rows(QueueFigures figures) {
        return switch (this) {
            case COUNTER -> figures.counters();
            case STAFF -> figures.staff();
            case CATEGORY -> figures.categories();
            case HOUR -> figures.hours();
        };
    }

    /** Returns the bundle key suffix: {@code counter}, {@code staff}, ... */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
