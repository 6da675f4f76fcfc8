package org.yichuang.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueDay;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.hall.HallRow;

/**
 * What one queue request works with, read once inside its transaction: the hall, its settings and secret, the moment
 * and the queue day it falls on.
 */
record QueueContext(HallRow hall, QueueSettings settings, byte[] personKeySecret, Instant now, LocalDate day) {

    static QueueContext open(Handle h, QueueSettingsService settings, Instant now) {
        HallRow hall = QueueSettingsService.hall(h);
        QueueSettingsRow row = settings.row(h, hall);
        QueueSettings s = settings.parse(row.settings());
        LocalDate day = QueueDay.of(now, hall.zone(), s.dayReset());
        // the first request of a queue day closes the day before; later ones find nothing (a partial index)
        h.attach(TicketDao.class).closeDaysBefore(hall.id(), day, now);
        // issue 12: kiosk and bookings — and the bookings nobody checked in become no-shows (爽约)
        int missed = h.attach(BookingDao.class).closeDaysBefore(hall.id(), day, now);
        if (missed > 0) {
            h.attach(AuditDao.class).record(now, null, AuditAction.BOOKING_NO_SHOWS_MARKED, "bookings:" + day,
                    missed + " missed");
        }
        return new QueueContext(hall, s, row.personKeySecret(), now, day);
    }

    long hallId() {
        return hall.id();
    }

    /** The ticket as its holder and the counters see it. */
    TicketView view(Handle h, TicketRow t) {
        String name = settings.category(t.categoryCode()).map(QueueCategory::name).orElse(t.categoryCode());
        int ahead = t.status() == org.yichuang.core.queue.TicketStatus.WAITING
                ? h.attach(TicketDao.class).peopleAhead(t.id()) : 0;
        Integer counter = t.counterNo() != null ? t.counterNo() : t.targetCounterNo();
        return new TicketView(t.id(), t.number(), t.serviceDay(), t.categoryCode(), name, t.status(),
                t.priorityReason(), t.issuedAt(), ahead, counter, t.callCount(), t.firstCalledAt(), t.startedAt(),
                t.finishedAt(), t.heldUntil(),
                t.publicToken() == null ? null : "/q/" + t.publicToken());
    }
}
