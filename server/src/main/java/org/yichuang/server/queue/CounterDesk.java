package org.yichuang.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.api.queue.CallRequest;
import org.yichuang.core.api.queue.CounterQueueView;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.api.queue.TransferRequest;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.CounterAssignment;
import org.yichuang.core.queue.PriorityOrdering;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.core.queue.TicketStatus;
import org.yichuang.server.auth.Principal;
import org.yichuang.server.db.Commits;

/**
 * A counter's queue actions (窗口叫号操作), timestamped and attributed in {@code queue_events}: call next, call a number,
 * recall, start, finish, 过号, hold, transfer, pause and resume. Each change is one statement that writes its own event
 * ({@link TicketDao}), committed on its own: a counter's step is one round trip to the database, the statements before
 * it only read (or, once a day, close the day before in a transaction of their own). Every change names the state and
 * counter it starts from, so a clerk acting on a screen another counter has overtaken changes nothing and is told who
 * was first.
 */
public final class CounterDesk {
    private final Jdbi jdbi;
    private final QueueSettingsService settings;
    private final QueueChanges changes;
    private final Clock clock;

    /** Acts through {@code jdbi}; tells {@code changes} of every step. */
    public CounterDesk(Jdbi jdbi, QueueSettingsService settings, QueueChanges changes, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    /** The counter's panel: paused or not, its current ticket, the waiting counts of its categories. */
    public CounterQueueView view(Principal clerk) {
        int counter = counterNo(clerk);
        return jdbi.withHandle(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            return panel(h, q, counter);
        });
    }

    /**
     * Calls the next ticket of the counter's categories (叫号).
     *
     * @throws DomainException QUEUE_COUNTER_PAUSED, QUEUE_COUNTER_BUSY, QUEUE_EMPTY
     */
    public TicketView callNext(Principal clerk) {
        int counter = counterNo(clerk);
        return jdbi.withHandle(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            TicketDao tickets = h.attach(TicketDao.class);
            releaseHeld(h, q, tickets);
            List<CounterAssignment> served = q.settings().servedBy(counter);
            // the statement itself refuses a paused or busy counter; only then are the reasons read
            Optional<TicketRow> called = tickets.callNext(q.hallId(), q.day(), counter,
                    served.stream().map(CounterAssignment::categoryCode).toArray(String[]::new),
                    served.stream().mapToInt(CounterAssignment::weight).toArray(), priorityFlags(served),
                    q.settings().ordering() == PriorityOrdering.DEDICATED_COUNTER, q.now(), clerk.staffId());
            if (called.isEmpty()) {
                ready(h, q, counter);
            }
            TicketRow t = called.orElseThrow(() -> new DomainException(ErrorCode.QUEUE_EMPTY,
                    served.isEmpty() ? counter + "号窗口未设置办理的业务类别，请联系管理员。" : "当前没有等候的号。"));
            changes.wrote(h);
            return q.view(h, t);
        });
    }

    /**
     * Calls one ticket by number (指定叫号): a waiting one of the counter's categories, or a missed one (it is put back
     * first when the hall re-queues missed tickets; in one transaction with the call, so that a missed ticket another
     * counter calls first stays missed).
     */
    public TicketView call(Principal clerk, CallRequest request) {
        int counter = counterNo(clerk);
        TicketNumber number = TicketNumber.parse(request == null ? null : request.number());
        return jdbi.inTransaction(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            TicketDao tickets = h.attach(TicketDao.class);
            releaseHeld(h, q, tickets);
            ready(h, q, counter);
            TicketRow t = tickets.findByNumber(q.hallId(), q.day(), number.toString())
                    .orElseThrow(() -> new DomainException(ErrorCode.QUEUE_TICKET_NOT_FOUND,
                            "今天没有 " + number + " 号。"));
            servedHere(q, counter, t.categoryCode());
            if (t.status() == TicketStatus.MISSED && q.settings().missed().requeue()) {
                t = tickets.requeue(t.id(), q.now()).orElse(t);
            }
            long id = t.id();
            TicketRow before = t;
            TicketRow called = tickets.callWaiting(id, q.hallId(), counter, q.now(), clerk.staffId())
                    .orElseThrow(() -> refusal(tickets.find(id).orElse(before), counter, "叫号"));
            changes.wrote(h);
            return q.view(h, called);
        });
    }

    /** 重呼: calls the counter's ticket again; the count is kept for the 过号 rule. */
    public TicketView recall(Principal clerk, long ticketId) {
        return act(clerk, ticketId, "重呼", c -> c.dao.recall(ticketId, c.hallId(), c.counter, c.now(), c.staffId));
    }

    /** 开始办理. */
    public TicketView start(Principal clerk, long ticketId) {
        return act(clerk, ticketId, "开始办理", c -> c.dao.start(ticketId, c.hallId(), c.counter, c.now(), c.staffId));
    }

    /** 办结. */
    public TicketView finish(Principal clerk, long ticketId) {
        return act(clerk, ticketId, "办结", c -> c.dao.finish(ticketId, c.hallId(), c.counter, c.now(), c.staffId));
    }

    /**
     * 过号: only after the hall's number of calls and wait.
     *
     * @throws DomainException QUEUE_MISSED_TOO_EARLY naming what is still missing
     */
    public TicketView missed(Principal clerk, long ticketId) {
        return act(clerk, ticketId, "过号", c -> {
            // read first for the policy; the guarded update below still refuses a ticket changed since
            TicketRow t = c.ticket().orElse(null);
            if (t != null && t.status() == TicketStatus.CALLED && Integer.valueOf(c.counter).equals(t.counterNo())) {
                Duration waited = Duration.between(t.firstCalledAt(), c.now());
                var policy = c.q.settings().missed();
                if (!policy.mayMarkMissed(t.callCount(), waited)) {
                    throw new DomainException(ErrorCode.QUEUE_MISSED_TOO_EARLY, t.number() + " 号已呼叫 "
                            + t.callCount() + " 次、等候 " + waited.toMinutes() + " 分钟；本大厅须呼叫满 "
                            + policy.minCalls() + " 次且等候满 " + policy.minWait().toMinutes() + " 分钟才能过号。");
                }
            }
            return c.dao.markMissed(ticketId, c.hallId(), c.counter, c.now(), c.staffId);
        });
    }

    /** 挂起: sets the ticket aside for the hall's hold time; it then returns to this counter by itself. */
    public TicketView hold(Principal clerk, long ticketId) {
        return act(clerk, ticketId, "挂起", c -> {
            Optional<TicketRow> held = c.dao.hold(ticketId, c.hallId(), c.counter, c.now(),
                    c.now().plus(c.q.settings().holdTime()), c.staffId);
            Commits.after(c.h, settings::forgetHead);   // its end is read with the head
            return held;
        });
    }

    /**
     * 转移: to another open category (keeping number and place) or to one counter that serves the ticket's category.
     *
     * @throws DomainException QUEUE_CATEGORY_CLOSED, QUEUE_CATEGORY_NOT_FOUND, COUNTER_NOT_FOUND, QUEUE_NOT_SERVED_HERE
     */
    public TicketView transfer(Principal clerk, long ticketId, TransferRequest request) {
        if (request == null || (request.categoryCode() == null) == (request.counterNo() == null)) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请选择转移到的业务类别或窗口（二选一）。");
        }
        return act(clerk, ticketId, "转移", c -> {
            TicketRow t = c.ticket().orElse(null);
            String category = t == null ? null : t.categoryCode();
            if (request.categoryCode() != null) {
                QueueCategory target = c.q.settings().category(request.categoryCode())
                        .orElseThrow(() -> new DomainException(ErrorCode.QUEUE_CATEGORY_NOT_FOUND,
                                "没有业务类别“" + request.categoryCode() + "”。"));
                if (!target.active()) {
                    throw new DomainException(ErrorCode.QUEUE_CATEGORY_CLOSED,
                            "“" + target.name() + "”已停止取号，不能转入。");
                }
                category = target.code();
            } else if (category != null) {
                String cat = category;
                if (c.q.settings().servedBy(request.counterNo()).stream()
                        .noneMatch(a -> a.categoryCode().equals(cat))) {
                    throw new DomainException(ErrorCode.QUEUE_NOT_SERVED_HERE,
                            request.counterNo() + "号窗口不办理该号的业务类别，不能转入。");
                }
            }
            return c.dao.transfer(ticketId, c.hallId(), c.counter, category, request.counterNo(), c.now(),
                    c.staffId);
        });
    }

    /** 暂停服务 / 恢复服务. */
    public CounterQueueView pause(Principal clerk, boolean paused) {
        int counter = counterNo(clerk);
        return jdbi.withHandle(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            h.attach(TicketDao.class).setPaused(q.hallId(), counter, paused, q.now(), clerk.staffId());
            changes.wrote(h);
            return panel(h, q, counter);
        });
    }

    /** One counter action on one ticket of the hall: the guarded update with its event, or why it changed nothing. */
    private TicketView act(Principal clerk, long ticketId, String what, Function<Step, Optional<TicketRow>> update) {
        int counter = counterNo(clerk);
        return jdbi.withHandle(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            TicketDao dao = h.attach(TicketDao.class);
            Step step = new Step(h, q, dao, counter, clerk.staffId(), ticketId);
            // the guarded update first: the ticket is read again only when it changed nothing, to say why
            TicketRow after = update.apply(step).orElseThrow(() -> refusal(step.ticket()
                    .orElseThrow(() -> new DomainException(ErrorCode.QUEUE_TICKET_NOT_FOUND)), counter, what));
            changes.wrote(h);
            return q.view(h, after);
        });
    }

    /** What a step on ticket {@code id} acts with. */
    private record Step(Handle h, QueueContext q, TicketDao dao, int counter, long staffId, long id) {
        long hallId() {
            return q.hallId();
        }

        Instant now() {
            return q.now();
        }

        /** The ticket as it is now, if it is one of this hall's. */
        Optional<TicketRow> ticket() {
            return dao.find(id).filter(t -> t.hallId() == q.hallId());
        }
    }

    /** Why a guarded update changed nothing, from the ticket as read after it ({@code now}). */
    private static DomainException refusal(TicketRow now, int counter, String what) {
        if (now.counterNo() != null && now.counterNo() != counter && now.status() != TicketStatus.WAITING) {
            return new DomainException(ErrorCode.QUEUE_TICKET_TAKEN,
                    now.number() + " 号已由 " + now.counterNo() + " 号窗口处理（" + now.status().label() + "），本窗口不能"
                            + what + "。");
        }
        return new DomainException(ErrorCode.QUEUE_TICKET_STATE,
                now.number() + " 号当前" + now.status().label() + "，不能" + what + "。");
    }

    /**
     * Held tickets whose time is up go back to their counter's queue first, each with its event (one statement, only
     * run when one is due).
     */
    private void releaseHeld(Handle h, QueueContext q, TicketDao tickets) {
        if (!q.holdsDue()) {
            return;
        }
        if (!tickets.releaseHeld(q.hallId(), q.now()).isEmpty()) {
            changes.wrote(h);
        }
        Commits.after(h, settings::forgetHead);   // else the next requests here would look for due holds again
    }

    /**
     * Refuses a paused counter or one whose current ticket is not finished.
     *
     * @throws DomainException QUEUE_COUNTER_PAUSED, QUEUE_COUNTER_BUSY
     */
    private static void ready(Handle h, QueueContext q, int counter) {
        TicketDao tickets = h.attach(TicketDao.class);
        if (tickets.paused(q.hallId(), counter).orElse(false)) {
            throw new DomainException(ErrorCode.QUEUE_COUNTER_PAUSED);
        }
        tickets.current(q.hallId(), q.day(), counter).ifPresent(t -> {
            throw new DomainException(ErrorCode.QUEUE_COUNTER_BUSY, "请先办结、过号、挂起或转移当前的 " + t.number()
                    + " 号（" + t.status().label() + "），再叫下一位。");
        });
    }

    private static void servedHere(QueueContext q, int counter, String category) {
        if (q.settings().servedBy(counter).stream().noneMatch(a -> a.categoryCode().equals(category))) {
            throw new DomainException(ErrorCode.QUEUE_NOT_SERVED_HERE);
        }
    }

    private CounterQueueView panel(Handle h, QueueContext q, int counter) {
        TicketDao tickets = h.attach(TicketDao.class);
        Map<String, Integer> all = new LinkedHashMap<>();
        tickets.waitingCounts(q.hallId(), q.day()).forEach(w -> all.put(w.categoryCode(), w.waiting()));
        Map<String, Integer> mine = new LinkedHashMap<>();
        q.settings().servedBy(counter).forEach(a -> mine.put(a.categoryCode(), all.getOrDefault(a.categoryCode(), 0)));
        TicketView current = tickets.current(q.hallId(), q.day(), counter).map(t -> q.view(h, t)).orElse(null);
        return new CounterQueueView(counter, tickets.paused(q.hallId(), counter).orElse(false), current, mine);
    }

    private static boolean[] priorityFlags(List<CounterAssignment> served) {
        boolean[] flags = new boolean[served.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = served.get(i).priorityCounter();
        }
        return flags;
    }

    private static int counterNo(Principal clerk) {
        if (clerk.counter() == null) {
            throw new DomainException(ErrorCode.COUNTER_REQUIRED, "叫号须在窗口登录。");
        }
        return clerk.counter().number();
    }
}
