package org.yichuang.client.ui;

import javax.swing.Timer;

/** A {@link Debouncer} on a Swing timer: it fires on the EDT and holds no thread while it waits. */
public final class SwingDebouncer implements Debouncer {
    private final Timer timer;
    private Runnable task;

    /** Waits {@code restMillis} after the last {@link #schedule}; create and use on the EDT. */
    public SwingDebouncer(int restMillis) {
        this.timer = new Timer(restMillis, e -> {
            Runnable t = task;
            task = null;
            if (t != null) {
                t.run();
            }
        });
        timer.setRepeats(false);
    }

    @Override
    public void schedule(Runnable next) {
        task = next;
        timer.restart();
    }

    @Override
    public void cancel() {
        timer.stop();
        task = null;
    }
}
