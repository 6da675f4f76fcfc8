package org.yichuang.core.api.queue;

import java.time.LocalTime;

/**
 * A booking checked in: the priority ticket it became, and whose booking it was so reception can compare the name with
 * the person in front of it (the kiosk gets the name masked, e.g. 张*).
 */
public record CheckInResult(TicketView ticket, String name, LocalTime startsAt, LocalTime endsAt) {
}
