package org.yichuang.server.queue;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import org.yichuang.core.api.queue.CallRequest;
import org.yichuang.core.api.queue.QueueSettingsChange;
import org.yichuang.core.api.queue.TicketRequest;
import org.yichuang.core.api.queue.TransferRequest;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.RetryLaterException;
import org.yichuang.server.account.ClientAddress;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.AttemptBuckets;
import org.yichuang.server.web.RequestBodies;

/** HTTP for the hall queue (排队叫号): settings, reception tickets and the counter's actions. */
public final class QueueRoutes {
    private final QueueSettingsService settings;
    private final TicketService tickets;
    private final CounterDesk desk;
    private final RequestBodies bodies;
    private final Clock clock;
    /**
     * Per kiosk address: a burst of 10, then one ticket every 3 s (20 a minute) — far above what one touch screen
     * serves, far below what a script sends.
     */
    private final AttemptBuckets kioskBuckets = new AttemptBuckets(10, Duration.ofSeconds(3), 10_000);

    /** Serves the services. */
    public QueueRoutes(QueueSettingsService settings, TicketService tickets, CounterDesk desk, RequestBodies bodies,
            Clock clock) {
        this.settings = settings;
        this.tickets = tickets;
        this.desk = desk;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** GET /api/queue/settings. */
    public void settings(Context ctx) {
        ctx.json(settings.current());
    }

    /** PUT /api/queue/settings. */
    public void saveSettings(Context ctx) {
        ctx.json(settings.save(AuthHandler.principal(ctx), bodies.read(ctx, QueueSettingsChange.class)));
    }

    /** POST /api/queue/tickets: a ticket issued at reception; 201. */
    public void issue(Context ctx) {
        ctx.status(201).json(tickets.issue(AuthHandler.principal(ctx), bodies.read(ctx, TicketRequest.class)));
    }

    /**
     * POST /kiosk/api/tickets: a ticket from the self-service kiosk (no sign-in); 201. Rate-limited per address, and
     * without priority reasons, which need a person to see evidence.
     */
    public void kioskIssue(Context ctx) {
        String address = ClientAddress.of(ctx.req().getRemoteAddr());
        Duration wait = kioskBuckets.take(address, clock.instant());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new RetryLaterException(ErrorCode.QUEUE_RATE_LIMITED, "取号过于频繁，请 " + seconds + " 秒后再试。", wait);
        }
        TicketRequest request = bodies.read(ctx, TicketRequest.class);
        if (request != null && request.priority() != null) {
            throw new DomainException(ErrorCode.QUEUE_PRIORITY_NOT_GRANTED, "自助取号不能选择优先类别，请到服务台取号。");
        }
        ctx.status(201).json(tickets.issue(null, request));
    }

    /** GET /api/queue/counter: the caller's counter panel. */
    public void counter(Context ctx) {
        ctx.json(desk.view(AuthHandler.principal(ctx)));
    }

    /** POST /api/queue/counter/next: 叫号. */
    public void callNext(Context ctx) {
        ctx.json(desk.callNext(AuthHandler.principal(ctx)));
    }

    /** POST /api/queue/counter/call {number}: 指定叫号. */
    public void call(Context ctx) {
        ctx.json(desk.call(AuthHandler.principal(ctx), bodies.read(ctx, CallRequest.class)));
    }

    /** POST /api/queue/counter/pause. */
    public void pause(Context ctx) {
        ctx.json(desk.pause(AuthHandler.principal(ctx), true));
    }

    /** POST /api/queue/counter/resume. */
    public void resume(Context ctx) {
        ctx.json(desk.pause(AuthHandler.principal(ctx), false));
    }

    /** POST /api/queue/tickets/{id}/{action}: recall, start, finish, missed, hold, transfer. */
    public void act(Context ctx) {
        long id = ticketId(ctx);
        var clerk = AuthHandler.principal(ctx);
        ctx.json(switch (ctx.pathParam("action")) {
            case "recall" -> desk.recall(clerk, id);
            case "start" -> desk.start(clerk, id);
            case "finish" -> desk.finish(clerk, id);
            case "missed" -> desk.missed(clerk, id);
            case "hold" -> desk.hold(clerk, id);
            case "transfer" -> desk.transfer(clerk, id, bodies.read(ctx, TransferRequest.class));
            default -> throw new DomainException(ErrorCode.NOT_FOUND);
        });
    }

    private static long ticketId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new DomainException(ErrorCode.QUEUE_TICKET_NOT_FOUND);
        }
    }
}
