package org.yichuang.client.queue.figures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.queue.QueueFigures;

/**
 * The 排队日统计 screen (SUPERVISOR, ADMIN; issue 12 item 9): asks the server for one queue day's figures and holds
 * them as one immutable {@link QueueFiguresState}. Reads go through the task funnel; asking for another day cancels
 * the read in flight, so a slow answer for the day before never replaces the day now chosen.
 */
public final class QueueFiguresPresenter extends ObservableModel<QueueFiguresPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    private static final List<DateTimeFormatter> TYPED = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final UserPrompts prompts;
    private QueueFiguresState state;
    private BackgroundTasks.TaskHandle reading;

    /** Creates the presenter; {@code today} is the hall's date (its zone, not the PC's); prompts ask where to save. */
    public QueueFiguresPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            Supplier<LocalDate> today) {
        this.api = api;
        this.prompts = prompts;
        this.tasks = tasks;
        this.messages = messages;
        this.today = today;
        this.state = QueueFiguresState.initial(today.get());
    }

    public QueueFiguresState state() {
        return state;
    }

    /** Reads today's figures the first time the screen is shown; later showings keep the day chosen. */
    public void start() {
        if (state.figures() == null && !state.loading() && state.notice() == null) {
            show(today.get());
        }
    }

    /** Reads {@code day}'s figures; a day after today is refused with a notice and nothing read. */
    public void show(LocalDate day) {
        LocalDate now = today.get();
        if (day.isAfter(now)) {
            set(state.withNotice(messages.text("queue.figures.future", day)));
            return;
        }
        if (reading != null) {
            reading.cancel();
        }
        set(state.reading(day, now));
        reading = tasks.submit(() -> api.queueFigures(day), figures -> {
            if (state.day().equals(figures.day())) {
                set(state.withFigures(figures));
            }
        }, failure -> set(state.failed(messages.text("queue.figures.failed", messages.errorMessage(failure)))));
    }

    /** Reads the day typed as {@code 2026-12-07} (also {@code 20261207}, {@code 2026/12/7}); else says why not. */
    public void showTyped(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter f : TYPED) {
            try {
                show(LocalDate.parse(text, f.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
                return;
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        set(state.withNotice(messages.text("queue.figures.badDate", text)));
    }

    /** The day before the one shown (前一天). */
    public void previousDay() {
        show(state.day().minusDays(1));
    }

    /** The day after the one shown (后一天), up to today. */
    public void nextDay() {
        if (state.hasNextDay()) {
            show(state.day().plusDays(1));
        }
    }

    /** Today (今天). */
    public void showToday() {
        show(today.get());
    }

    /** Reads the day shown again (刷新): today's figures grow while the hall is open. */
    public void refresh() {
        show(state.day());
    }

    /**
     * 导出 Excel: asks where to save, fetches the server's workbook of the day shown (the case list's exporter writes
     * it) and saves it, off the EDT.
     */
    public void export() {
        if (!state.canExport()) {
            return;
        }
        LocalDate day = state.day();
        String title = messages.text("queue.figures.export.title");
        java.util.Optional<java.nio.file.Path> target = prompts.chooseFile(title,
                messages.text("queue.figures.export.fileName", day.format(DateTimeFormatter.BASIC_ISO_DATE)), "xlsx");
        if (target.isEmpty()) {
            return;
        }
        java.nio.file.Path path = target.get();
        set(state.withExporting(true));
        tasks.submit(() -> {
            java.nio.file.Files.write(path, api.exportQueueFigures(day));
            return path;
        }, saved -> {
            set(state.withExporting(false));
            prompts.inform(title, messages.text("queue.figures.export.done", saved));
        }, failure -> {
            set(state.withExporting(false));
            prompts.warn(title, messages.errorMessage(failure));
        });
    }

    /** Returns the rows of {@code grouping} as shown, followed by the whole day (全天); empty before a read. */
    public List<FigureLine> lines(Grouping grouping) {
        QueueFigures figures = state.figures();
        if (figures == null) {
            return List.of();
        }
        List<FigureLine> lines = new ArrayList<>();
        grouping.rows(figures).forEach(r -> lines.add(FigureLine.of(r)));
        lines.add(FigureLine.of(figures.total()));
        return List.copyOf(lines);
    }

    private void set(QueueFiguresState next) {
        QueueFiguresState old = state;
        state = next;
        fire(Property.STATE, old, next);
    }
}
