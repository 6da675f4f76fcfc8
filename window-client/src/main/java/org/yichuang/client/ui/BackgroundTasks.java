package org.yichuang.client.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one funnel for slow work (HTTP, disk, printing): work runs off the EDT, completion and failure run on it.
 *
 * <p>Presenters receive this by constructor; tests pass a synchronous fake.
 */
public interface BackgroundTasks {

    /** Runs {@code work} off the EDT; {@code onSuccess} runs on the EDT; failures go to the central handler. */
    <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess);

    /** Like {@link #submit(Callable, Consumer)}, but failures go to {@code onFailure} instead (on the EDT). */
    <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Like {@link #submit(Callable, Consumer, Consumer)}, for work that waits on the outside world rather than the
     * clerk waiting on it (a card reader polled until a card is placed): it is not counted in {@link #isBusy()}.
     * Counting it would disable 受理 and show the busy indicator for as long as the intake screen is open. Whoever
     * submits it shows its own progress. The default counts it, which is right for synchronous test fakes.
     */
    default <T> TaskHandle submitWaiting(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        return submit(work, onSuccess, onFailure);
    }

    /** Returns true while at least one task is in flight. */
    boolean isBusy();

    /** Registers a listener told about busy changes and outcomes, always on the EDT. */
    void addListener(TaskListener listener);

    /** Removes a listener. */
    void removeListener(TaskListener listener);

    /** A handle on submitted work. */
    interface TaskHandle {
        /** Interrupts the work and drops its completion; harmless when already finished. */
        void cancel();

        /** Returns true when the task finished, failed or was cancelled. */
        boolean isDone();
    }

    /** Told about the funnel's state, on the EDT. */
    interface TaskListener {
        /** The in-flight count went from 0 to 1 or from 1 to 0. */
        default void busyChanged(boolean busy) {
        }

        /** A task completed normally. */
        default void succeeded() {
        }

        /** A task failed (not cancelled). */
        default void failed(Throwable failure) {
        }
    }
}
