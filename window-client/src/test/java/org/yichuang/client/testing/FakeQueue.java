package org.yichuang.client.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.yichuang.core.api.queue.CallRequest;
import org.yichuang.core.api.queue.CounterQueueView;
import org.yichuang.core.api.queue.QueueSettingsView;
import org.yichuang.core.api.queue.QueueStreamEvent;
import org.yichuang.core.api.queue.QueueSubscription;
import org.yichuang.core.api.queue.TicketStep;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.api.queue.TransferRequest;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.core.queue.TicketStatus;

/**
 * The hall queue of {@link FakeHallApi}: the server's counter rules in memory (one category 综合受理 served by counters
 * 1–4, default 过号 policy), with hooks for tests to issue tickets and act as another counter.
 */
public final class FakeQueue {
    private final Clock clock;
    private final QueueSettings settings = QueueSettings.defaults(List.of(1, 2, 3, 4));
    private final List<Ticket> tickets = new ArrayList<>();
    private final Map<Integer, Boolean> paused = new LinkedHashMap<>();
    private final List<QueueSubscription.Listener> listeners = new CopyOnWriteArrayList<>();
    private long eventIds;

    FakeQueue(Clock clock) {
        this.clock = clock;
    }

    /** A ticket as the fake keeps it. */
    private static final class Ticket {
        long id;
        String number;
        String category;
        TicketStatus status = TicketStatus.WAITING;
        java.time.Instant issuedAt;
        Integer counterNo;
        int calls;
        java.time.Instant firstCalledAt;
        java.time.Instant startedAt;
        java.time.Instant finishedAt;
        java.time.Instant heldUntil;
    }

    /** Issues a ticket of 综合受理 (reception's work; a test hook here). */
    public synchronized TicketView issue() {
        Ticket t = new Ticket();
        t.id = tickets.size() + 1;
        t.number = new TicketNumber('A', tickets.size() + 1).toString();
        t.category = "GENERAL";
        t.issuedAt = clock.instant();
        tickets.add(t);
        emit("ISSUED", t, null);
        return view(t);
    }

    /** Another counter calls {@code number} (what makes this counter's screen stale). */
    public synchronized void calledElsewhere(String number, int counterNo) {
        Ticket t = byNumber(number);
        call(t, counterNo);
        emit("CALLED", t, counterNo);
    }

    /** Returns the ticket's status now. */
    public synchronized TicketStatus status(String number) {
        return byNumber(number).status;
    }

    synchronized QueueSettingsView settings() {
        return new QueueSettingsView(0, settings);
    }

    synchronized CounterQueueView view(int counter) {
        Map<String, Integer> waiting = new LinkedHashMap<>();
        waiting.put("GENERAL", (int) tickets.stream().filter(t -> t.status == TicketStatus.WAITING).count());
        Ticket current = current(counter);
        return new CounterQueueView(counter, paused.getOrDefault(counter, false),
                current == null ? null : view(current), waiting);
    }

    synchronized TicketView callNext(int counter) {
        ready(counter);
        Ticket t = tickets.stream().filter(x -> x.status == TicketStatus.WAITING).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.QUEUE_EMPTY, "当前没有等候的号。", 404));
        call(t, counter);
        emit("CALLED", t, counter);
        return view(t);
    }

    synchronized TicketView call(int counter, CallRequest request) {
        TicketNumber number = TicketNumber.parse(request.number());
        ready(counter);
        Ticket t = tickets.stream().filter(x -> x.number.equals(number.toString())).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.QUEUE_TICKET_NOT_FOUND, "今天没有 " + number + " 号。", 404));
        if (t.status == TicketStatus.MISSED) {
            t.status = TicketStatus.WAITING;
        }
        if (t.status != TicketStatus.WAITING) {
            throw refusal(t, counter, "叫号");
        }
        call(t, counter);
        emit("CALLED", t, counter);
        return view(t);
    }

    synchronized CounterQueueView pause(int counter, boolean p) {
        paused.put(counter, p);
        emitCounter(p ? "COUNTER_PAUSED" : "COUNTER_RESUMED", counter);
        return view(counter);
    }

    synchronized TicketView step(int counter, long id, TicketStep step) {
        Ticket t = byId(id);
        boolean mine = t.counterNo != null && t.counterNo == counter;
        switch (step) {
            case RECALL -> {
                if (!mine || t.status != TicketStatus.CALLED) {
                    throw refusal(t, counter, "重呼");
                }
                t.calls++;
            }
            case START -> {
                if (!mine || t.status != TicketStatus.CALLED) {
                    throw refusal(t, counter, "开始办理");
                }
                t.status = TicketStatus.SERVING;
                t.startedAt = clock.instant();
            }
            case FINISH -> {
                if (!mine || t.status != TicketStatus.SERVING && t.status != TicketStatus.CALLED) {
                    throw refusal(t, counter, "办结");
                }
                t.status = TicketStatus.DONE;
                t.finishedAt = clock.instant();
            }
            case MISSED -> {
                if (!mine || t.status != TicketStatus.CALLED) {
                    throw refusal(t, counter, "过号");
                }
                Duration waited = Duration.between(t.firstCalledAt, clock.instant());
                if (!settings.missed().mayMarkMissed(t.calls, waited)) {
                    throw new ApiException(ErrorCode.QUEUE_MISSED_TOO_EARLY, t.number + " 号已呼叫 " + t.calls
                            + " 次；本大厅须呼叫满 " + settings.missed().minCalls() + " 次才能过号。", 409);
                }
                t.status = TicketStatus.MISSED;
            }
            case HOLD -> {
                if (!mine || t.status != TicketStatus.CALLED && t.status != TicketStatus.SERVING) {
                    throw refusal(t, counter, "挂起");
                }
                t.status = TicketStatus.HELD;
                t.heldUntil = clock.instant().plus(settings.holdTime());
            }
            default -> throw new IllegalArgumentException(step.name());
        }
        emit(step.name(), t, counter);
        return view(t);
    }

    synchronized TicketView transfer(int counter, long id, TransferRequest request) {
        Ticket t = byId(id);
        if (t.counterNo == null || t.counterNo != counter
                || t.status != TicketStatus.CALLED && t.status != TicketStatus.SERVING) {
            throw refusal(t, counter, "转移");
        }
        if (request.categoryCode() != null && settings.category(request.categoryCode()).isEmpty()) {
            throw new ApiException(ErrorCode.QUEUE_CATEGORY_NOT_FOUND,
                    "没有业务类别“" + request.categoryCode() + "”。", 404);
        }
        t.status = TicketStatus.WAITING;
        t.counterNo = request.counterNo();
        if (request.categoryCode() != null) {
            t.category = request.categoryCode();
        }
        emit("TRANSFERRED", t, counter);
        return view(t);
    }

    QueueSubscription subscribe(QueueSubscription.Listener listener) {
        listeners.add(listener);
        listener.opened();
        return () -> listeners.remove(listener);
    }

    private void ready(int counter) {
        if (paused.getOrDefault(counter, false)) {
            throw new ApiException(ErrorCode.QUEUE_COUNTER_PAUSED, ErrorCode.QUEUE_COUNTER_PAUSED.defaultMessage(), 409);
        }
        Ticket current = current(counter);
        if (current != null) {
            throw new ApiException(ErrorCode.QUEUE_COUNTER_BUSY, "请先办结、过号、挂起或转移当前的 " + current.number
                    + " 号（" + current.status.label() + "），再叫下一位。", 409);
        }
    }

    private void call(Ticket t, int counter) {
        t.status = TicketStatus.CALLED;
        t.counterNo = counter;
        t.calls++;
        if (t.firstCalledAt == null) {
            t.firstCalledAt = clock.instant();
        }
    }

    private Ticket current(int counter) {
        return tickets.stream().filter(t -> t.counterNo != null && t.counterNo == counter
                && (t.status == TicketStatus.CALLED || t.status == TicketStatus.SERVING)).findFirst().orElse(null);
    }

    private static ApiException refusal(Ticket t, int counter, String what) {
        if (t.counterNo != null && t.counterNo != counter && t.status != TicketStatus.WAITING) {
            return new ApiException(ErrorCode.QUEUE_TICKET_TAKEN, t.number + " 号已由 " + t.counterNo + " 号窗口处理（"
                    + t.status.label() + "），本窗口不能" + what + "。", 409);
        }
        return new ApiException(ErrorCode.QUEUE_TICKET_STATE, t.number + " 号当前" + t.status.label() + "，不能" + what
                + "。", 409);
    }

    private Ticket byNumber(String number) {
        return tickets.stream().filter(t -> t.number.equals(number)).findFirst().orElseThrow();
    }

    private Ticket byId(long id) {
        return tickets.stream().filter(t -> t.id == id).findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.QUEUE_TICKET_NOT_FOUND,
                        ErrorCode.QUEUE_TICKET_NOT_FOUND.defaultMessage(), 404));
    }

    private TicketView view(Ticket t) {
        int ahead = t.status != TicketStatus.WAITING ? 0 : (int) tickets.stream()
                .filter(x -> x.status == TicketStatus.WAITING && x.id < t.id).count();
        return new TicketView(t.id, t.number, LocalDate.now(clock), t.category, "综合受理", t.status, null, t.issuedAt,
                ahead, t.counterNo, t.calls, t.firstCalledAt, t.startedAt, t.finishedAt, t.heldUntil, null);
    }

    private void emit(String kind, Ticket t, Integer counter) {
        QueueStreamEvent e = new QueueStreamEvent(++eventIds, kind, t.number, t.category, t.status.name(), counter,
                clock.instant());
        listeners.forEach(l -> l.event(e));
    }

    private void emitCounter(String kind, int counter) {
        QueueStreamEvent e = new QueueStreamEvent(++eventIds, kind, null, null, null, counter, clock.instant());
        listeners.forEach(l -> l.event(e));
    }
}
