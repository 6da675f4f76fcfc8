package org.yichuang.client.queue.counter;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.queue.CallRequest;
import org.yichuang.core.api.queue.CounterQueueView;
import org.yichuang.core.api.queue.QueueStreamEvent;
import org.yichuang.core.api.queue.TicketStep;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.api.queue.TransferRequest;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.MissedCallPolicy;
import org.yichuang.core.queue.TicketStatus;

/**
 * The counter's queue panel (窗口叫号): one command per method, each off the EDT through {@link BackgroundTasks}. After
 * every answer — a success or a refusal — the panel is read again from the server, so a screen another counter
 * overtook shows the server's message (naming the counter that was first) and then the queue as it is.
 */
public final class CounterPresenter extends ObservableModel<CounterPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Clock clock;
    private ApplicantHandover handover = ApplicantHandover.NONE;
    private CounterState state;
    private boolean refreshing;
    private boolean refreshAgain;

    /** Creates the presenter; nothing is asked until {@link #load()}. */
    public CounterPresenter(HallApi api, BackgroundTasks tasks, Messages messages, Clock clock) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.state = CounterState.initial(clock.instant());
    }

    /** Lets the work screen clear itself when this counter calls the next applicant (and ask first). */
    public void setApplicantHandover(ApplicantHandover handover) {
        this.handover = handover;
    }

    /** Returns the panel's state. */
    public CounterState state() {
        return state;
    }

    /** Returns the id of the ticket the counter calls or serves now, or null: the intake links its case to it. */
    public Long currentTicketId() {
        TicketView t = state.current();
        return t == null ? null : t.id();
    }

    /** Reads the hall's settings (for the 过号 rule and the transfer targets) and the panel. */
    public void load() {
        submit(api::queueSettings, s -> {
            setState(state.withSettings(s.settings()));
            return null;
        }, false);
        refresh();
    }

    /** Reads the panel again; calls while one is in flight are folded into one more read after it. */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        setState(state.withInFlight(1));
        tasks.submit(api::counterQueue, view -> {
            setState(state.withInFlight(-1).withQueue(view).withNow(clock.instant()));
            refreshDone();
        }, failure -> {
            // a failed read while polling must not stack up dialogs: the line under the panel says it
            setState(state.withInFlight(-1).withNotice(new CounterState.Notice(errorText(failure), true)));
            refreshDone();
        });
    }

    private void refreshDone() {
        refreshing = false;
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    /** Moves the clock on (the waited time and the 过号 rule depend on it); the panel calls it every second. */
    public void tick() {
        setState(state.withNow(clock.instant()));
    }

    /** Tells the panel how it is kept current. */
    public void setLive(CounterState.Live live) {
        setState(state.withLive(live));
    }

    /** An event of the queue's stream: read the panel again when it concerns this counter or its categories. */
    public void onEvent(QueueStreamEvent event) {
        if (concerns(event)) {
            refresh();
        }
    }

    boolean concerns(QueueStreamEvent e) {
        CounterQueueView q = state.queue();
        if (q == null) {
            return true;
        }
        if (e.counterNo() != null && e.counterNo() == q.counterNo()) {
            return true;
        }
        if (e.category() != null && q.waiting().containsKey(e.category())) {
            return true;
        }
        TicketView t = q.current();
        return t != null && Objects.equals(t.number(), e.number());
    }

    /** 叫号: the next ticket of the counter's categories. */
    public void callNext() {
        if (state.mayCall() && handover.mayCallNext()) {
            ticket(api::callNextTicket, this::called);
        }
    }

    /** 指定叫号: one ticket by its number as typed or scanned. */
    public void callNumber(String number) {
        if (!state.mayCall()) {
            return;
        }
        if (number == null || number.isBlank()) {
            setState(state.withNotice(new CounterState.Notice(messages.text("counter.notice.numberMissing"), true)));
            return;
        }
        if (!handover.mayCallNext()) {
            return;
        }
        String typed = number.strip();
        ticket(() -> api.callTicket(new CallRequest(typed)), this::called);
    }

    /** A ticket is called here: the screen is cleared for its applicant (only now: a refused call changes nothing). */
    private String called(TicketView t) {
        handover.clear();
        return messages.text("counter.notice.called", t.number(), t.categoryName());
    }

    /** 重呼: calls the current ticket again; the count is kept. */
    public void recall() {
        if (state.currentIs(TicketStatus.CALLED)) {
            step(TicketStep.RECALL, t -> messages.text("counter.notice.recalled", t.number(), t.callCount()));
        }
    }

    /** 开始办理. */
    public void start() {
        if (state.currentIs(TicketStatus.CALLED)) {
            step(TicketStep.START, t -> messages.text("counter.notice.started", t.number()));
        }
    }

    /** 办结. */
    public void finish() {
        if (state.currentActive()) {
            step(TicketStep.FINISH, t -> messages.text("counter.notice.finished", t.number()));
        }
    }

    /** 过号: only when the hall's rule allows it (the server checks again). */
    public void markMissed() {
        if (state.mayMarkMissed()) {
            step(TicketStep.MISSED, t -> messages.text("counter.notice.missed", t.number()));
        }
    }

    /** 挂起: the ticket returns to this counter by itself after the hall's hold time. */
    public void hold() {
        if (state.currentActive()) {
            step(TicketStep.HOLD, t -> messages.text("counter.notice.held", t.number()));
        }
    }

    /** 转移: to another category or counter, keeping the number. */
    public void transfer(TransferRequest request) {
        TicketView t = state.current();
        if (state.currentActive() && request != null) {
            long id = t.id();
            ticket(() -> api.transferTicket(id, request), after -> request.categoryCode() != null
                    ? messages.text("counter.notice.transferredCategory", after.number(), categoryName(
                            request.categoryCode()))
                    : messages.text("counter.notice.transferredCounter", after.number(), request.counterNo()));
        }
    }

    /** 暂停服务 / 恢复服务. */
    public void togglePause() {
        if (!state.loaded() || state.busy()) {
            return;
        }
        boolean pause = !state.paused();
        submit(() -> api.pauseCounter(pause), view -> {
            setState(state.withQueue(view));
            return messages.text(pause ? "counter.notice.paused" : "counter.notice.resumed");
        }, true);
    }

    /** Returns why 过号 is not possible now, or null when it is. */
    public String missedBlockedReason() {
        TicketView t = state.current();
        if (t == null || t.status() != TicketStatus.CALLED) {
            return messages.text("counter.missed.notCalled");
        }
        MissedCallPolicy policy = state.missedPolicy();
        if (state.mayMarkMissed()) {
            return null;
        }
        return messages.text("counter.missed.tooEarly", t.callCount(), policy.minCalls(),
                clockText(state.sinceFirstCall()), clockText(policy.minWait()));
    }

    private static String clockText(java.time.Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    /** Returns the category's name in the hall's settings, else its code. */
    public String categoryName(String code) {
        if (state.settings() == null) {
            return code;
        }
        return state.settings().category(code).map(c -> c.name()).orElse(code);
    }

    private void step(TicketStep step, Function<TicketView, String> done) {
        long id = state.current().id();
        ticket(() -> api.ticketStep(id, step), done);
    }

    private void ticket(Callable<TicketView> work, Function<TicketView, String> done) {
        submit(work, done, true);
    }

    /** Runs one command; its notice (or the refusal's) shows, then the panel is read again. */
    private <T> void submit(Callable<T> work, Function<T, String> done, boolean resync) {
        setState(state.withInFlight(1).withNotice(null));
        tasks.submit(work, result -> {
            String text = done.apply(result);
            setState(state.withInFlight(-1)
                    .withNotice(text == null ? state.notice() : new CounterState.Notice(text, false)));
            if (resync) {
                refresh();
            }
        }, failure -> {
            setState(state.withInFlight(-1).withNotice(new CounterState.Notice(errorText(failure), true)));
            if (resync) {
                refresh();   // a refusal means the screen was out of date, or may be: show the queue as it is
            }
        });
    }

    /** The server's own Chinese message: it names the ticket, the counter that was first and what is missing. */
    private String errorText(Throwable failure) {
        if (failure instanceof DomainException d && d.code() != ErrorCode.SERVER_UNREACHABLE
                && d.getMessage() != null && !d.getMessage().isBlank()) {
            return d.getMessage();
        }
        return messages.errorMessage(failure);
    }

    private void setState(CounterState next) {
        CounterState old = state;
        state = next;
        fire(Property.STATE, old, next);
    }
}
