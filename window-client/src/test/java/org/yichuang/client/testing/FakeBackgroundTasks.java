package org.yichuang.client.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.yichuang.client.ui.BackgroundTasks;

/**
 * A synchronous {@link BackgroundTasks} for tests: runs work at once on the calling thread, or holds it until
 * {@link #runNext()} when {@link #hold()} is on (to observe the busy state).
 */
public final class FakeBackgroundTasks implements BackgroundTasks {
    private final List<TaskListener> listeners = new ArrayList<>();
    private final List<Throwable> centralFailures = new ArrayList<>();
    private final Deque<Runnable> held = new ArrayDeque<>();
    private boolean holding;
    private int inFlight;

    /** Holds submitted work until {@link #runNext()}. */
    public void hold() {
        holding = true;
    }

    /** Runs the oldest held task. */
    public void runNext() {
        held.removeFirst().run();
    }

    /** Returns the failures that reached the central handler. */
    public List<Throwable> centralFailures() {
        return centralFailures;
    }

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess) {
        return submit(work, onSuccess, centralFailures::add);
    }

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        boolean[] cancelled = {false};
        boolean[] done = {false};
        if (inFlight++ == 0) {
            listeners.forEach(l -> l.busyChanged(true));
        }
        Runnable run = () -> {
            if (cancelled[0]) {
                return;
            }
            done[0] = true;
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                end();
                listeners.forEach(l -> l.failed(e));
                onFailure.accept(e);
                return;
            }
            end();
            listeners.forEach(TaskListener::succeeded);
            onSuccess.accept(result);
        };
        if (holding) {
            held.addLast(run);
        } else {
            run.run();
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                if (!done[0] && !cancelled[0]) {
                    cancelled[0] = true;
                    end();
                }
            }

            @Override
            public boolean isDone() {
                return done[0] || cancelled[0];
            }
        };
    }

    private void end() {
        if (--inFlight == 0) {
            listeners.forEach(l -> l.busyChanged(false));
        }
    }

    @Override
    public boolean isBusy() {
        return inFlight > 0;
    }

    @Override
    public void addListener(TaskListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(TaskListener listener) {
        listeners.remove(listener);
    }
}
