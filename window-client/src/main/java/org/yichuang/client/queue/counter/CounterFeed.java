package org.yichuang.client.queue.counter;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.queue.QueueStreamEvent;
import org.yichuang.core.api.queue.QueueSubscription;

/**
 * Keeps the counter panel current: the queue's event stream ({@code GET /api/queue/events}) while it is open,
 * resumed with the last event id after a drop; while it is not (dropped, or a server without it), the panel is read
 * every few seconds instead, so a counter never shows a stale queue for long.
 */
public final class CounterFeed {
    /** Runs {@code task} on the EDT after {@code delay}; returns something that cancels it. */
    @FunctionalInterface
    public interface Scheduler {
        /** Schedules {@code task}. */
        Runnable schedule(Duration delay, Runnable task);
    }

    /** How often the panel is read while there is no stream. */
    static final Duration POLL = Duration.ofSeconds(5);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30));

    private final HallApi api;
    private final CounterPresenter counter;
    private final Executor edt;
    private final Scheduler scheduler;
    private QueueSubscription subscription;
    private String lastEventId;
    private Runnable pendingRetry;
    private Runnable pendingPoll;
    private int failures;
    private int generation;
    private boolean running;

    /** {@code edt} hops stream callbacks to the event thread; {@code scheduler} delays retries and polls there. */
    public CounterFeed(HallApi api, CounterPresenter counter, Executor edt, Scheduler scheduler) {
        this.api = api;
        this.counter = counter;
        this.edt = edt;
        this.scheduler = scheduler;
    }

    /** Starts the stream (and the polling until it is open); on the EDT. */
    public void start() {
        if (running) {
            return;
        }
        running = true;
        counter.setLive(CounterState.Live.POLLING);
        schedulePoll();
        connect();
    }

    /** Ends everything (sign-out); on the EDT. */
    public void stop() {
        running = false;
        generation++;
        cancel(pendingRetry);
        cancel(pendingPoll);
        pendingRetry = null;
        pendingPoll = null;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        counter.setLive(CounterState.Live.OFF);
    }

    private void connect() {
        int mine = ++generation;
        pendingRetry = null;
        QueueSubscription.Listener listener = new QueueSubscription.Listener() {
            @Override
            public void opened() {
                edt.execute(() -> {
                    if (mine == generation) {
                        failures = 0;
                        cancel(pendingPoll);
                        pendingPoll = null;
                        counter.setLive(CounterState.Live.STREAM);
                        counter.refresh();   // what happened while the stream was down
                    }
                });
            }

            @Override
            public void event(QueueStreamEvent event) {
                edt.execute(() -> {
                    if (mine == generation) {
                        lastEventId = Long.toString(event.id());
                        counter.onEvent(event);
                    }
                });
            }

            @Override
            public void dropped(Throwable cause) {
                edt.execute(() -> {
                    if (mine == generation) {
                        retryLater();
                    }
                });
            }
        };
        try {
            subscription = api.subscribeQueue(lastEventId, listener);
        } catch (RuntimeException e) {
            retryLater();   // an implementation that refuses at once instead of on the stream's thread
        }
    }

    private void retryLater() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        counter.setLive(CounterState.Live.POLLING);
        if (pendingPoll == null) {
            schedulePoll();
        }
        Duration delay = BACKOFF.get(Math.min(failures, BACKOFF.size() - 1));
        failures++;
        int mine = generation;
        pendingRetry = scheduler.schedule(delay, () -> {
            if (mine == generation && running) {
                connect();
            }
        });
    }

    private void schedulePoll() {
        pendingPoll = scheduler.schedule(POLL, () -> {
            pendingPoll = null;
            if (running && counter.state().live() != CounterState.Live.STREAM) {
                counter.refresh();
                schedulePoll();
            }
        });
    }

    private static void cancel(Runnable r) {
        if (r != null) {
            r.run();
        }
    }
}
