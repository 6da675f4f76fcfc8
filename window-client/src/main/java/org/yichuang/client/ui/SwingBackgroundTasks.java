package org.yichuang.client.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/** {@link BackgroundTasks} on a pool of daemon threads, completing through {@link SwingUtilities#invokeLater}. */
public final class SwingBackgroundTasks implements BackgroundTasks {
    private final ExecutorService pool;
    private final Consumer<? super Throwable> centralFailureHandler;
    private final List<TaskListener> listeners = new CopyOnWriteArrayList<>();
    private int inFlight;

    /** Creates the funnel; {@code centralFailureHandler} is the one place that turns failures into prompts. */
    public SwingBackgroundTasks(Consumer<? super Throwable> centralFailureHandler) {
        this.centralFailureHandler = Objects.requireNonNull(centralFailureHandler);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "yichuang-task-" + n.incrementAndGet());
            t.setDaemon(true);   // a stuck HTTP call must not keep the client alive after the window closes
            return t;
        };
        this.pool = Executors.newCachedThreadPool(threads);
    }

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess) {
        return submit(work, onSuccess, centralFailureHandler);
    }

    @Override
    public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        return run(work, onSuccess, onFailure, true);
    }

    @Override
    public <T> TaskHandle submitWaiting(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        return run(work, onSuccess, onFailure, false);
    }

    private <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure, boolean counted) {
        requireEdt();
        Handle handle = new Handle(counted);
        if (counted) {
            started();
        }
        handle.future = pool.submit(() -> {
            try {
                T result = work.call();
                SwingUtilities.invokeLater(() -> {
                    if (handle.finish()) {
                        if (counted) {   // a card read says nothing about the server's connection
                            listeners.forEach(TaskListener::succeeded);
                        }
                        onSuccess.accept(result);
                    }
                });
            } catch (InterruptedException | CancellationException e) {
                SwingUtilities.invokeLater(handle::finish);
            } catch (Throwable t) {
                SwingUtilities.invokeLater(() -> {
                    if (handle.finish()) {
                        if (counted) {
                            listeners.forEach(l -> l.failed(t));
                        }
                        onFailure.accept(t);
                    }
                });
            }
            return null;
        });
        return handle;
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

    private void started() {
        if (inFlight++ == 0) {
            listeners.forEach(l -> l.busyChanged(true));
        }
    }

    private void ended() {
        if (--inFlight == 0) {
            listeners.forEach(l -> l.busyChanged(false));
        }
    }

    private static void requireEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("BackgroundTasks.submit must be called on the EDT");
        }
    }

    private final class Handle implements TaskHandle {
        private final AtomicBoolean done = new AtomicBoolean();
        private final boolean counted;
        private volatile Future<?> future;

        Handle(boolean counted) {
            this.counted = counted;
        }

        /** Marks the task done once; returns false when it was cancelled or already finished. Runs on the EDT. */
        boolean finish() {
            if (done.compareAndSet(false, true)) {
                if (counted) {
                    ended();
                }
                return true;
            }
            return false;
        }

        @Override
        public void cancel() {
            requireEdt();
            if (finish()) {
                Future<?> f = future;
                if (f != null) {
                    f.cancel(true);
                }
            }
        }

        @Override
        public boolean isDone() {
            return done.get();
        }
    }
}
