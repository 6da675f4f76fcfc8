package org.yichuang.client.queue.counter;

import java.time.Clock;
import java.time.Duration;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;

/**
 * The counter's queue feature as the main window uses it: presenter, live feed, the bar above the work area and the
 * counter-top display. One per signed-in counter session.
 */
public final class CounterQueue {
    private final Messages messages;
    private final CounterPresenter presenter;
    private final CounterFeed feed;
    private final CounterPanel panel;
    private final OpenCounterDisplayAction openDisplay;
    private final String counterTitle;
    private CounterTopDisplay display;

    private CounterQueue(Messages messages, CounterPresenter presenter, CounterFeed feed, CounterPanel panel,
            String counterTitle) {
        this.messages = messages;
        this.presenter = presenter;
        this.feed = feed;
        this.panel = panel;
        this.counterTitle = counterTitle;
        this.openDisplay = new OpenCounterDisplayAction(messages, this::toggleDisplay);
    }

    /** Wires the feature for the counter named {@code counterTitle} (e.g. 3号综合窗口). */
    public static CounterQueue create(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            Clock clock, String counterTitle) {
        CounterPresenter presenter = new CounterPresenter(api, tasks, messages, clock);
        CounterFeed feed = new CounterFeed(api, presenter, SwingUtilities::invokeLater, CounterQueue::swingTimer);
        CounterPanel panel = new CounterPanel(messages, presenter, CounterActions.create(messages, presenter, prompts));
        return new CounterQueue(messages, presenter, feed, panel, counterTitle);
    }

    private static Runnable swingTimer(Duration delay, Runnable task) {
        Timer timer = new Timer((int) delay.toMillis(), e -> task.run());
        timer.setRepeats(false);
        timer.start();
        return timer::stop;
    }

    /** Loads the panel and opens the live feed; EDT. */
    public void start() {
        presenter.load();
        feed.start();
    }

    /** Returns the presenter (the intake links new cases to its current ticket). */
    public CounterPresenter presenter() {
        return presenter;
    }

    /** Returns the bar shown above the work area. */
    public CounterPanel panel() {
        return panel;
    }

    /** Returns 窗口屏显示 for the 系统 menu. */
    public OpenCounterDisplayAction openDisplayAction() {
        return openDisplay;
    }

    /** Returns the counter-top display while it is open, else null. */
    public CounterTopDisplay display() {
        return display;
    }

    /** Opens the counter-top display, or closes it when open. */
    public void toggleDisplay() {
        if (display != null) {
            display.dispose();
            display = null;
            return;
        }
        display = new CounterTopDisplay(messages, presenter, counterTitle);
        display.setVisible(true);
    }

    /** Ends the feed and closes the display (sign-out). */
    public void dispose() {
        feed.stop();
        if (display != null) {
            display.dispose();
            display = null;
        }
    }
}
