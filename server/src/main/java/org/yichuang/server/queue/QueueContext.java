package org.yichuang.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueDay;
import org.yichuang.core.queue.QueueSettings;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.hall.HallRow;
import org.yichuang.server.queue.QueueSettingsDao.QueueHead;

/**
 * What one queue request works with, read once inside its transaction: the hall, its settings and secret, the moment
 * and the queue day it falls on.
 */
record QueueContext(HallRow hall, QueueSettings settings, byte[] personKeySecret, Instant now, LocalDate day,
        boolean holdsDue) {

    /**
     * Opens the request: the hall, its settings (parsed once per version) and when the first hold runs out, as this
     * instance read them within the last second; the queue day's close runs once per day and instance.
     */
    static QueueContext open(Handle h, QueueSettingsService settings, Instant now) {
        QueueHead head = settings.head(h, now);
        HallRow hall = new HallRow(head.hallId(), head.hallName(), head.zoneId(), head.publicBaseUrl());
        QueueSettingsService.Loaded loaded = settings.settings(h, hall, head.version());
        QueueSettings s = loaded.settings();
        LocalDate day = QueueDay.of(now, hall.zone(), s.dayReset());
        // the first request of a queue day closes the day before (tickets left open, and the bookings nobody checked
        // in become no-shows, 爽约); once that has committed on this instance, later requests skip the statements
        // (round trips less on every counter action; bench/queue-load.sh)
        if (!settings.dayClosed(hall.id(), day)) {
            // in the caller's transaction when it has one, else in one of its own (a counter's one-statement steps)
            h.useTransaction(t -> closeDayBefore(t, settings, hall, day, now));
        }
        return new QueueContext(hall, s, loaded.personKeySecret(), now, day, head.holdsDue(now));
    }

    private static void closeDayBefore(Handle h, QueueSettingsService settings, HallRow hall, LocalDate day,
            Instant now) {
        if (h.attach(TicketDao.class).closeDaysBefore(hall.id(), day, now) > 0) {
            settings.changes().wrote(h);
        }
        int missed = h.attach(BookingDao.class).closeDaysBefore(hall.id(), day, now);
        if (missed > 0) {
            h.attach(AuditDao.class).record(now, null, AuditAction.BOOKING_NO_SHOWS_MARKED, "bookings:" + day,
                    missed + " missed");
        }
        h.afterCommit(() -> settings.markDayClosed(hall.id(), day));
    }

    long hallId() {
        return hall.id();
    }

    /** The ticket as its holder and the counters see it. */
    TicketView view(Handle h, TicketRow t) {
        return view(t, t.status() == org.yichuang.core.queue.TicketStatus.WAITING
                ? h.attach(TicketDao.class).peopleAhead(t) : 0);
    }

    /** The ticket as its holder and the counters see it, with the people ahead counted by the caller. */
    TicketView view(TicketRow t, int ahead) {
        String name = settings.category(t.categoryCode()).map(QueueCategory::name).orElse(t.categoryCode());
        Integer counter = t.counterNo() != null ? t.counterNo() : t.targetCounterNo();
        return new TicketView(t.id(), t.number(), t.serviceDay(), t.categoryCode(), name, t.status(),
                t.priorityReason(), t.issuedAt(), ahead, counter, t.callCount(), t.firstCalledAt(), t.startedAt(),
                t.finishedAt(), t.heldUntil(),
                t.publicToken() == null ? null : "/q/" + t.publicToken());
    }
}
