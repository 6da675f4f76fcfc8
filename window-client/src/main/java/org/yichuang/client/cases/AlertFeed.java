package org.yichuang.client.cases;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.CaseAlertEvent;
import org.yichuang.core.api.AlertSubscription;
import org.yichuang.core.api.HallApi;

/**
 * The live 红黄牌 stream: subscribes, hands every event to its listeners on the EDT, and after a drop reconnects with
 * the last event id (Last-Event-ID) so that nothing pushed while the link was down is lost. The status shows.
 */
public final class AlertFeed extends ObservableModel<AlertFeed.Property> {
    /** Observable properties. */
    public enum Property { STATUS }

    /** The stream's state as the status line shows it. */
    public enum Status {
        /** Not started or stopped. */
        OFF,
        /** Asking the server. */
        CONNECTING,
        /** Events arrive as they happen (实时). */
        LIVE,
        /** Dropped; waiting to reconnect. */
        RECONNECTING
    }

    /** Runs {@code task} on the EDT after {@code delay}; returns something that cancels it. */
    @FunctionalInterface
    public interface Scheduler {
        /** Schedules {@code task}. */
        Runnable schedule(Duration delay, Runnable task);
    }

    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(10));

    private final HallApi api;
    private final Executor edt;
    private final Scheduler scheduler;
    private final List<Consumer<CaseAlertEvent>> listeners = new CopyOnWriteArrayList<>();
    private Status status = Status.OFF;
    private String lastEventId;
    private AlertSubscription subscription;
    private Runnable pendingRetry;
    private int failures;
    private int generation;

    /**
     * Creates the feed. {@code edt} hops events and drops to the event thread (SwingUtilities::invokeLater in the
     * client); {@code scheduler} delays reconnects there.
     */
    public AlertFeed(HallApi api, Executor edt, Scheduler scheduler) {
        this.api = api;
        this.edt = edt;
        this.scheduler = scheduler;
    }

    /** Adds a listener told about every event, on the EDT. */
    public void addAlertListener(Consumer<CaseAlertEvent> listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void removeAlertListener(Consumer<CaseAlertEvent> listener) {
        listeners.remove(listener);
    }

    /** Returns the stream's state. */
    public Status status() {
        return status;
    }

    /** Returns the id of the last event received, sent as Last-Event-ID on reconnect. */
    public String lastEventId() {
        return lastEventId;
    }

    /** Returns how many times in a row the stream dropped or failed to open. */
    public int failures() {
        return failures;
    }

    /** Starts the stream; on the EDT. */
    public void start() {
        if (status != Status.OFF) {
            return;
        }
        connect();
    }

    /** Ends the stream for good (sign-out); on the EDT. */
    public void stop() {
        generation++;
        if (pendingRetry != null) {
            pendingRetry.run();
            pendingRetry = null;
        }
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        setStatus(Status.OFF);
    }

    private void connect() {
        int mine = ++generation;
        pendingRetry = null;
        setStatus(Status.CONNECTING);
        // subscribing only starts the stream's own thread: nothing here blocks the EDT
        subscription = api.subscribeAlerts(lastEventId, new AlertSubscription.Listener() {
            @Override
            public void opened() {
                edt.execute(() -> {
                    if (mine == generation) {
                        failures = 0;
                        setStatus(Status.LIVE);
                    }
                });
            }

            @Override
            public void event(CaseAlertEvent event) {
                edt.execute(() -> {
                    if (mine == generation) {
                        lastEventId = Long.toString(event.id());
                        listeners.forEach(l -> l.accept(event));
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
        });
    }

    private void retryLater() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        Duration delay = BACKOFF.get(Math.min(failures, BACKOFF.size() - 1));
        failures++;
        setStatus(Status.RECONNECTING);
        int mine = generation;
        pendingRetry = scheduler.schedule(delay, () -> {
            if (mine == generation) {
                connect();
            }
        });
    }

    private void setStatus(Status next) {
        Status old = status;
        status = next;
        fire(Property.STATUS, old, next);
    }
}
