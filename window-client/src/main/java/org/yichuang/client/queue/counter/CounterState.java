package org.yichuang.client.queue.counter;

import java.time.Duration;
import java.time.Instant;
import org.yichuang.core.api.queue.CounterQueueView;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.queue.MissedCallPolicy;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.queue.TicketStatus;

/**
 * What the counter panel (窗口叫号) shows, as one immutable value: the server's panel, the hall's settings, the clock,
 * the last notice and whether commands are in flight. Views read it; only {@link CounterPresenter} replaces it.
 *
 * @param queue    the server's panel, null until loaded
 * @param settings the hall's queue settings, null until loaded (then the 过号 rule uses the defaults)
 * @param now      the time the waited durations are measured to
 * @param notice   the outcome of the last command (the server's Chinese message on a refusal), or null
 * @param inFlight commands and refreshes the presenter submitted that have not answered yet
 * @param live     how the panel learns of other counters' work
 */
public record CounterState(CounterQueueView queue, QueueSettings settings, Instant now, Notice notice, int inFlight,
        Live live) {

    /** How the panel is kept current. */
    public enum Live {
        /** Not started. */
        OFF,
        /** The queue's event stream is open: changes arrive as they happen (实时). */
        STREAM,
        /** No stream (dropped, or a server without it): the panel asks every few seconds (轮询). */
        POLLING
    }

    /** A line under the panel: what the last command did, or why the server refused it. */
    public record Notice(String text, boolean error) {
    }

    /** The state before anything was loaded. */
    public static CounterState initial(Instant now) {
        return new CounterState(null, null, now, null, 0, Live.OFF);
    }

    /** Returns true once the server's panel arrived. */
    public boolean loaded() {
        return queue != null;
    }

    /** Returns true while a command or refresh is in flight. */
    public boolean busy() {
        return inFlight > 0;
    }

    /** Returns true when the counter is paused (暂停服务). */
    public boolean paused() {
        return queue != null && queue.paused();
    }

    /** Returns the ticket the counter called or serves, or null. */
    public TicketView current() {
        return queue == null ? null : queue.current();
    }

    /** Returns true when the counter may call someone: loaded, open, free and idle. */
    public boolean mayCall() {
        return loaded() && !paused() && current() == null && !busy();
    }

    /** Returns true when the current ticket is in {@code status} and nothing is in flight. */
    public boolean currentIs(TicketStatus status) {
        return !busy() && current() != null && current().status() == status;
    }

    /** Returns true when the current ticket is called or served and nothing is in flight (办结, 挂起, 转移). */
    public boolean currentActive() {
        return currentIs(TicketStatus.CALLED) || currentIs(TicketStatus.SERVING);
    }

    /** The hall's 过号 rule (the defaults until the settings arrived). */
    public MissedCallPolicy missedPolicy() {
        return settings == null ? MissedCallPolicy.DEFAULT : settings.missed();
    }

    /** How long the current ticket has been called, or zero. */
    public Duration sinceFirstCall() {
        TicketView t = current();
        return t == null || t.firstCalledAt() == null ? Duration.ZERO
                : Duration.between(t.firstCalledAt(), now).isNegative() ? Duration.ZERO
                : Duration.between(t.firstCalledAt(), now);
    }

    /** Returns true when the hall's rule allows 过号 of the current ticket now (core's {@link MissedCallPolicy}). */
    public boolean mayMarkMissed() {
        return currentIs(TicketStatus.CALLED) && missedPolicy().mayMarkMissed(current().callCount(), sinceFirstCall());
    }

    /** How long the current ticket waited: issued to first called (or to now while not called yet). */
    public Duration waited() {
        TicketView t = current();
        if (t == null) {
            return Duration.ZERO;
        }
        Instant end = t.firstCalledAt() != null ? t.firstCalledAt() : now;
        Duration d = Duration.between(t.issuedAt(), end);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Returns a copy with the server's panel. */
    public CounterState withQueue(CounterQueueView q) {
        return new CounterState(q, settings, now, notice, inFlight, live);
    }

    /** Returns a copy with the settings. */
    public CounterState withSettings(QueueSettings s) {
        return new CounterState(queue, s, now, notice, inFlight, live);
    }

    /** Returns a copy at another time. */
    public CounterState withNow(Instant t) {
        return new CounterState(queue, settings, t, notice, inFlight, live);
    }

    /** Returns a copy with a notice (null clears it). */
    public CounterState withNotice(Notice n) {
        return new CounterState(queue, settings, now, n, inFlight, live);
    }

    /** Returns a copy with {@code delta} more (or fewer) tasks in flight. */
    public CounterState withInFlight(int delta) {
        return new CounterState(queue, settings, now, notice, Math.max(0, inFlight + delta), live);
    }

    /** Returns a copy with another way of staying current. */
    public CounterState withLive(Live l) {
        return new CounterState(queue, settings, now, notice, inFlight, l);
    }
}
