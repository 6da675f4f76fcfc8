package org.yichuang.client.ui;

/**
 * Runs a task once the clerk's input has rested (防抖): each {@link #schedule} replaces the task waiting before it.
 * Presenters hold this, not a Swing timer, so that they stay free of Swing; {@link SwingDebouncer} is the real one.
 */
public interface Debouncer {
    /** Runs {@code task} on the EDT once nothing else was scheduled for the rest time; drops the one waiting. */
    void schedule(Runnable task);

    /** Drops the task waiting, if any. */
    void cancel();

    /** Runs every task at once, on the caller's thread (a rest of zero: tests, and screens that want no wait). */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void schedule(Runnable task) {
                task.run();
            }

            @Override
            public void cancel() {
                // nothing ever waits
            }
        };
    }
}
