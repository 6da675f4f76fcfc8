package org.yichuang.client.queue.figures;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.HallApi;

/** Wires the 排队日统计 screen: presenter, its actions and panel. Built once per session by the composition root. */
public final class QueueFiguresPage {
    private final QueueFiguresPresenter presenter;
    private final QueueFiguresPanel panel;

    private QueueFiguresPage(QueueFiguresPresenter presenter, QueueFiguresPanel panel) {
        this.presenter = presenter;
        this.panel = panel;
    }

    /** Builds the screen; {@code today} is the hall's date. EDT. */
    public static QueueFiguresPage create(HallApi api, BackgroundTasks tasks, Messages messages,
            org.yichuang.client.ui.UserPrompts prompts, Supplier<LocalDate> today) {
        QueueFiguresPresenter p = new QueueFiguresPresenter(api, tasks, messages, prompts, today);
        return new QueueFiguresPage(p, new QueueFiguresPanel(messages, p, new PreviousQueueDayAction(messages, p),
                new NextQueueDayAction(messages, p), new TodayQueueDayAction(messages, p),
                new RefreshQueueFiguresAction(messages, p), new ExportQueueFiguresAction(messages, p)));
    }

    /**
     * Adds the screen as a tab of {@code tabs} (next to 办件); its first showing reads today's figures, and each
     * showing puts the focus in the date field.
     */
    public void addTo(javax.swing.JTabbedPane tabs, String title) {
        tabs.addTab(title, panel);
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() == panel) {
                presenter.start();
                javax.swing.SwingUtilities.invokeLater(panel::focusDay);
            }
        });
    }

    public QueueFiguresPresenter presenter() {
        return presenter;
    }

    public QueueFiguresPanel panel() {
        return panel;
    }
}
