package org.yichuang.client.queue.figures;

import org.yichuang.core.api.queue.QueueFigures;

/**
 * One table row of the 排队日统计 screen as shown: counts as numbers, times as 分/秒 text. Means are the sum over the
 * count (core's {@code QueueFigures.Row.meanWaitingMs}, as in the exported workbook), shown to the second.
 *
 * @param label         the counter, clerk, category or hour
 * @param called        tickets called for the first time (叫号人数)
 * @param meanWaiting   their mean wait (平均等候)
 * @param p90Waiting    the wait nine in ten did not exceed (90%等候, core's {@code Percentiles}, from the server)
 * @param maxWaiting    the longest wait (最长等候)
 * @param served        service spells (办理人次)
 * @param meanService   their mean length (平均办理)
 * @param maxService    the longest one (最长办理)
 * @param idleWithQueue idle while someone waited (有人等候时空闲)
 */
public record FigureLine(String label, int called, String meanWaiting, String p90Waiting, String maxWaiting,
        int served, String meanService, String maxService, String idleWithQueue) {

    /** Formats {@code row} for the screen. */
    public static FigureLine of(QueueFigures.Row row) {
        return new FigureLine(row.label(), row.called(), optional(row.meanWaitingMs()),
                row.called() == 0 ? "—" : optional(row.p90WaitingMs()),
                row.called() == 0 ? "—" : duration(row.maxWaitingMs()), row.served(),
                optional(row.meanServiceMs()), row.served() == 0 ? "—" : duration(row.maxServiceMs()),
                duration(row.idleWithQueueMs()));
    }

    private static String optional(Long ms) {
        return ms == null ? "—" : duration(ms);
    }

    /** Returns {@code 5分03秒}, or {@code 1小时05分} from an hour on; rounded to the second (minute past an hour). */
    static String duration(long ms) {
        long seconds = Math.round(ms / 1000.0);
        if (seconds >= 3600) {
            long minutes = Math.round(seconds / 60.0);
            return String.format("%d小时%02d分", minutes / 60, minutes % 60);
        }
        return String.format("%d分%02d秒", seconds / 60, seconds % 60);
    }
}
