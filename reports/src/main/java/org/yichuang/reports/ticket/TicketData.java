package org.yichuang.reports.ticket;

import java.time.Instant;
import java.util.Objects;
import org.yichuang.core.api.HallInfo;
import org.yichuang.core.api.queue.TicketView;

/**
 * What a queue ticket (排队小票) prints: nothing personal, only the number, its category and place in the queue, and
 * where the phone page that follows it lives.
 *
 * @param hallName     the hall, at the top
 * @param number       the ticket number, e.g. {@code A012}
 * @param categoryName the category, e.g. 综合受理
 * @param priority     the priority label (老年人优先 …), or null
 * @param peopleAhead  tickets of the category waiting before it
 * @param issuedAt     when it was issued
 * @param statusUrl    the phone page's full address (public base URL + path), or null when there is none
 */
public record TicketData(String hallName, String number, String categoryName, String priority, int peopleAhead,
        Instant issuedAt, String statusUrl) {

    /** Checks the parts the ticket cannot do without. */
    public TicketData {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /**
     * The ticket as the server issued it in {@code hall}: the QR code points to the hall's public base URL followed by
     * the ticket's {@code statusPath}; a ticket without one (or a hall without a public address) prints no QR code.
     */
    public static TicketData of(TicketView ticket, HallInfo hall) {
        String base = hall.publicBaseUrl();
        String url = ticket.statusPath() == null || ticket.statusPath().isBlank() || base == null || base.isBlank()
                ? null : stripSlash(base) + (ticket.statusPath().startsWith("/") ? "" : "/") + ticket.statusPath();
        return new TicketData(hall.hallName(), ticket.number(), ticket.categoryName(),
                ticket.priority() == null ? null : ticket.priority().label(), ticket.peopleAhead(), ticket.issuedAt(),
                url);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
