package org.yichuang.client.queue.figures;

import java.time.LocalDate;
import org.yichuang.core.api.queue.QueueFigures;

/**
 * What the 排队日统计 screen shows, replaced whole on every change.
 *
 * @param day     the queue day asked for
 * @param today   the hall's today: no later day can be asked for
 * @param figures that day's figures, or null while none are loaded
 * @param loading true while the day's figures are being read
 * @param notice  a line for the supervisor (a refused date, a failed read), or null
 * @param exporting true while the day's workbook is being fetched and saved
 */
public record QueueFiguresState(LocalDate day, LocalDate today, QueueFigures figures, boolean loading,
        String notice, boolean exporting) {

    /** Before the first read: today, nothing loaded. */
    public static QueueFiguresState initial(LocalDate today) {
        return new QueueFiguresState(today, today, null, false, null, false);
    }

    /** Returns true when a later day may be asked for. */
    public boolean hasNextDay() {
        return day.isBefore(today);
    }

    QueueFiguresState reading(LocalDate newDay, LocalDate newToday) {
        return new QueueFiguresState(newDay, newToday, figures != null && figures.day().equals(newDay) ? figures
                : null, true, null, exporting);
    }

    /** Returns true when the day shown may be exported (导出 Excel). */
    public boolean canExport() {
        return figures != null && !loading && !exporting;
    }

    QueueFiguresState withExporting(boolean v) {
        return new QueueFiguresState(day, today, figures, loading, notice, v);
    }

    QueueFiguresState withFigures(QueueFigures loaded) {
        return new QueueFiguresState(day, today, loaded, false, null, exporting);
    }

    QueueFiguresState failed(String message) {
        return new QueueFiguresState(day, today, null, false, message, exporting);
    }

    QueueFiguresState withNotice(String message) {
        return new QueueFiguresState(day, today, figures, loading, message, exporting);
    }
}
