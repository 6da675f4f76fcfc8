package org.yichuang.core.api.queue;

import java.time.Instant;
import java.time.LocalDate;
import org.yichuang.core.queue.TicketStatus;

/**
 * A ticket as its phone page (/q/&lt;token&gt;) shows it to whoever holds the token: never a name, document number or
 * priority reason.
 *
 * @param peopleAhead tickets of its category waiting before it (0 once called)
 * @param counterNo   the counter that called it, while it is called or served; null otherwise
 * @param callCount   how often it was called (a recall shows again)
 */
public record PublicTicketView(String number, String categoryName, TicketStatus status, String statusLabel,
        int peopleAhead,
        Integer counterNo, LocalDate serviceDay, Instant issuedAt, int callCount) {
}
