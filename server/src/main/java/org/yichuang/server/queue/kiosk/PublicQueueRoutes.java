package org.yichuang.server.queue.kiosk;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import org.yichuang.core.api.queue.BookingCapacityChange;
import org.yichuang.core.api.queue.BookingRequest;
import org.yichuang.core.api.queue.CheckInRequest;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.RetryLaterException;
import org.yichuang.server.account.ClientAddress;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.hall.HallService;
import org.yichuang.server.queue.BookingService;
import org.yichuang.server.queue.TicketService;
import org.yichuang.server.web.AttemptBuckets;
import org.yichuang.server.web.RequestBodies;

/**
 * HTTP for the queue's public side (issue 12 items 2 and 3): the kiosk's categories and booking check-in, the phone
 * page's ticket status and QR code, the booking page's routes; and the reception check-in and slot capacities for
 * staff. Public routes are rate-limited per address like the kiosk's issue; answers carry nothing personal and are
 * never cached (a token is a key).
 */
public final class PublicQueueRoutes {
    private final TicketService tickets;
    private final BookingService bookings;
    private final HallService hall;
    private final RequestBodies bodies;
    private final Clock clock;
    /** Changes (book, cancel, check in): a burst of 10, then one every 3 s — a person, never a script. */
    private final AttemptBuckets changes = new AttemptBuckets(10, Duration.ofSeconds(3), 10_000);
    /** Reads (options, a booking, a ticket's status polled every 5 s by phones behind one hall NAT): generous. */
    private final AttemptBuckets reads = new AttemptBuckets(120, Duration.ofMillis(100), 10_000);

    /** Serves the services. */
    public PublicQueueRoutes(TicketService tickets, BookingService bookings, HallService hall, RequestBodies bodies,
            Clock clock) {
        this.tickets = tickets;
        this.bookings = bookings;
        this.hall = hall;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** GET /kiosk/api/categories: the kiosk's buttons, the categories issuing now. */
    public void kioskCategories(Context ctx) {
        limit(ctx, reads);
        json(ctx).json(tickets.kioskCategories());
    }

    /** POST /kiosk/api/checkin: a booking checked in at the kiosk by document number; 201 with the ticket. */
    public void kioskCheckIn(Context ctx) {
        limit(ctx, changes);
        json(ctx).status(201).json(bookings.checkIn(null, bodies.read(ctx, CheckInRequest.class)));
    }

    /** GET /public/queue/tickets/{token}: the phone page's ticket. */
    public void ticket(Context ctx) {
        limit(ctx, reads);
        json(ctx).json(tickets.publicView(ctx.pathParam("token")));
    }

    /** GET /public/queue/tickets/{token}/qr.svg: the QR code of the ticket's phone page. */
    public void ticketQr(Context ctx) {
        limit(ctx, reads);
        String token = ctx.pathParam("token");
        tickets.publicView(token);   // an unknown token gets the JSON 404, never a code for a page that says nothing
        ctx.contentType("image/svg+xml").header("Cache-Control", "no-store")
                .result(QrSvg.of(hall.info().publicBaseUrl() + "/q/" + token));
    }

    /** GET /public/booking/options. */
    public void bookingOptions(Context ctx) {
        limit(ctx, reads);
        json(ctx).json(bookings.options());
    }

    /** POST /public/booking/bookings; 201. */
    public void book(Context ctx) {
        limit(ctx, changes);
        json(ctx).status(201).json(bookings.book(bodies.read(ctx, BookingRequest.class)));
    }

    /** GET /public/booking/bookings/{token}. */
    public void booking(Context ctx) {
        limit(ctx, reads);
        json(ctx).json(bookings.find(ctx.pathParam("token")));
    }

    /** POST /public/booking/bookings/{token}/cancel. */
    public void cancel(Context ctx) {
        limit(ctx, changes);
        json(ctx).json(bookings.cancel(ctx.pathParam("token")));
    }

    /** POST /api/queue/bookings/checkin (WINDOW): 预约签到 at reception; 201 with the ticket and the booked name. */
    public void receptionCheckIn(Context ctx) {
        ctx.status(201).json(bookings.checkIn(AuthHandler.principal(ctx), bodies.read(ctx, CheckInRequest.class)));
    }

    /** GET /api/queue/booking-capacities (ADMIN): places per slot of each category offering booking. */
    public void capacities(Context ctx) {
        ctx.json(bookings.capacities());
    }

    /** PUT /api/queue/booking-capacities/{category} (ADMIN): places per slot. */
    public void setCapacity(Context ctx) {
        ctx.json(bookings.setCapacity(AuthHandler.principal(ctx), ctx.pathParam("category"),
                bodies.read(ctx, BookingCapacityChange.class)));
    }

    private static Context json(Context ctx) {
        return ctx.header("Cache-Control", "no-store");
    }

    private void limit(Context ctx, AttemptBuckets buckets) {
        Duration wait = buckets.take(ClientAddress.of(ctx.req().getRemoteAddr()), clock.instant());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new RetryLaterException(ErrorCode.BOOKING_RATE_LIMITED, "操作过于频繁，请 " + seconds + " 秒后再试。",
                    wait);
        }
    }
}
