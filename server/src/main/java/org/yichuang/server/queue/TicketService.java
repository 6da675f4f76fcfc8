package org.yichuang.server.queue;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.yichuang.core.api.queue.KioskCategory;
import org.yichuang.core.api.queue.PublicTicketView;
import org.yichuang.core.api.queue.TicketRequest;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.DocumentNumber;
import org.yichuang.core.identity.ResidentIdNumber;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.TicketNumber;
import org.yichuang.core.queue.TicketStatus;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;

/**
 * Issues tickets (取号) at reception and, later, at the kiosk: checks the category, its issuing time and daily cap,
 * one active ticket per person, and derives 老年人优先 from a resident ID — all in one transaction with the number, so
 * a refused request takes no number and leaves nothing behind.
 */
public final class TicketService {
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final QueueSettingsService settings;
    private final QueueEvents events;
    private final Clock clock;

    /** Issues through {@code jdbi}. */
    public TicketService(Jdbi jdbi, QueueSettingsService settings, QueueEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues a ticket at reception (WINDOW).
     *
     * @throws DomainException QUEUE_CATEGORY_NOT_FOUND, QUEUE_CATEGORY_CLOSED, QUEUE_OUTSIDE_WINDOW,
     *                         QUEUE_CAP_REACHED, QUEUE_ALREADY_HAS_TICKET, QUEUE_PRIORITY_NOT_GRANTED, or a document
     *                         number's own code
     */
    public TicketView issue(Principal clerk, TicketRequest request) {
        if (request == null || request.categoryCode() == null || request.categoryCode().isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请选择业务类别。");
        }
        try {
            return withPeopleAhead(jdbi.inTransaction(h -> issue(h, clerk, request)));
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                // the same person at two kiosks at once: the other issue won the one-active-ticket index
                throw new DomainException(ErrorCode.QUEUE_ALREADY_HAS_TICKET);
            }
            throw e;
        }
    }

    private Issued issue(Handle h, Principal clerk, TicketRequest request) {
        QueueContext q = QueueContext.open(h, settings, clock.instant());
        QueueCategory category = openCategory(q, request.categoryCode().strip());
        PriorityReason priority = request.priority();
        if (priority != null && (priority == PriorityReason.ELDERLY || priority == PriorityReason.BOOKING)) {
            throw new DomainException(ErrorCode.QUEUE_PRIORITY_NOT_GRANTED,
                    "“" + priority.label() + "”不能手工选择：老年人优先由身份证号码中的出生日期确定，预约优先由预约签到确定。");
        }
        if (priority != null && !q.settings().priority().contains(priority)) {
            throw new DomainException(ErrorCode.QUEUE_PRIORITY_NOT_GRANTED,
                    "本大厅未设置“" + priority.label() + "”。");
        }
        byte[] personKey = null;
        if (request.documentNumber() != null && !request.documentNumber().isBlank()) {
            DocumentNumber number = DocumentNumber.parse(request.documentType(), request.documentNumber(),
                    q.now().atZone(q.hall().zone()).toLocalDate());
            personKey = PersonKeys.of(q.personKeySecret(), number);
            if (priority == null && number instanceof ResidentIdNumber id
                    && q.settings().priority().contains(PriorityReason.ELDERLY)
                    && q.settings().elderly().applies(id.id(), q.now().atZone(q.hall().zone()).toLocalDate())) {
                priority = PriorityReason.ELDERLY;
            }
        }
        return issueIn(h, q, clerk, category, priority, personKey);
    }

    /**
     * Returns the category if it issues tickets now.
     *
     * @throws DomainException QUEUE_CATEGORY_NOT_FOUND, QUEUE_CATEGORY_CLOSED, QUEUE_OUTSIDE_WINDOW
     */
    static QueueCategory openCategory(QueueContext q, String code) {
        QueueCategory category = q.settings().category(code)
                .orElseThrow(() -> new DomainException(ErrorCode.QUEUE_CATEGORY_NOT_FOUND,
                        "没有业务类别“" + code + "”。"));
        if (!category.active()) {
            throw new DomainException(ErrorCode.QUEUE_CATEGORY_CLOSED, "“" + category.name() + "”已停止取号。");
        }
        LocalTime local = q.now().atZone(q.hall().zone()).toLocalTime();
        if (category.windows().stream().noneMatch(w -> w.contains(local))) {
            throw new DomainException(ErrorCode.QUEUE_OUTSIDE_WINDOW, "“" + category.name() + "”的取号时间为 "
                    + category.windows().stream().map(Object::toString).collect(Collectors.joining("、"))
                    + "，现在是 " + local.withNano(0) + "。");
        }
        return category;
    }

    /** A ticket issued in a transaction: its people ahead are counted once that has committed. */
    record Issued(QueueContext q, TicketRow row) {
    }

    /**
     * The issued ticket as its holder sees it, the people ahead counted after the issue's commit: inside, the count
     * (it grows with the queue) kept the category's number locked for its length too, and every other issue of the
     * category waited for that lock (issue throughput fell to 40 a second in bench/queue-load.sh, JFR).
     */
    TicketView withPeopleAhead(Issued issued) {
        int ahead = jdbi.withHandle(h -> h.attach(TicketDao.class).peopleAhead(issued.row()));
        return issued.q().view(issued.row(), ahead);
    }

    /**
     * Issues a ticket of {@code category} in the caller's transaction once the request is checked: one active ticket
     * per person, the number, the cap; a booking check-in comes here with {@link PriorityReason#BOOKING}. The caller
     * answers with {@link #withPeopleAhead} after its commit.
     */
    Issued issueIn(Handle h, QueueContext q, Principal clerk, QueueCategory category, PriorityReason priority,
            byte[] personKey) {
        TicketDao tickets = h.attach(TicketDao.class);
        if (personKey != null) {
            tickets.activeNumberOf(q.hallId(), q.day(), category.code(), personKey).ifPresent(n -> {
                throw new DomainException(ErrorCode.QUEUE_ALREADY_HAS_TICKET,
                        "今天已取得“" + category.name() + "”的 " + n + " 号，请留意叫号。");
            });
        }
        int sequence = tickets.nextSequence(q.hallId(), q.day(), category.code());
        // the cap counts bookings (DailyCap): a walk-in may not take a place today's open bookings hold, and a
        // booked applicant checking in takes the place kept for them
        if (category.cap() != null && priority != PriorityReason.BOOKING) {
            int held = h.attach(BookingDao.class).heldOn(q.hallId(), q.day(), category.code());
            if (sequence + held > category.cap().limit()) {
                throw new DomainException(ErrorCode.QUEUE_CAP_REACHED, "今日“" + category.name() + "”的 "
                        + category.cap().limit() + " 个号已取完" + (held > 0 ? "（其中 " + held + " 个为预约保留）" : "")
                        + "，可预约其他工作日办理。");
            }
        }
        if (sequence > TicketNumber.MAX_SEQUENCE) {
            throw new DomainException(ErrorCode.QUEUE_CAP_REACHED, "今日“" + category.name() + "”的号已用完。");
        }
        String number = new TicketNumber(category.prefix(), sequence).toString();
        TicketRow row = tickets.insert(q.hallId(), q.day(), category.code(), sequence, number,
                priority == null ? null : priority.name(), personKey, q.now(), clerk == null ? null : clerk.staffId());
        events.record(h, "ISSUED", row, null, clerk == null ? null : clerk.staffId(), q.now());
        if (clerk != null && personKey != null) {
            h.attach(AuditDao.class).record(q.now(), clerk.staffId(), AuditAction.QUEUE_TICKET_ISSUED,
                    "ticket:" + q.day() + "/" + number, "with document number");
        }
        return new Issued(q, row);
    }

    /**
     * The categories the kiosk offers now (active, inside an issuing window), in kiosk order, with their waiting
     * counts.
     */
    public List<KioskCategory> kioskCategories() {
        return jdbi.inTransaction(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            LocalTime local = q.now().atZone(q.hall().zone()).toLocalTime();
            Map<String, Integer> waiting = h.attach(TicketDao.class).waitingCounts(q.hallId(), q.day()).stream()
                    .collect(Collectors.toMap(TicketDao.WaitingCount::categoryCode, TicketDao.WaitingCount::waiting));
            return q.settings().categories().stream()
                    .filter(c -> c.active() && c.windows().stream().anyMatch(w -> w.contains(local)))
                    .map(c -> new KioskCategory(c.code(), c.name(), String.valueOf(c.prefix()),
                            waiting.getOrDefault(c.code(), 0), c.bookingOffered()))
                    .toList();
        });
    }

    /**
     * The ticket behind a phone page's token: number, category, status, people ahead and the counter once called —
     * nothing personal, and nothing at all for an unknown token.
     *
     * @throws DomainException QUEUE_TICKET_NOT_FOUND
     */
    public PublicTicketView publicView(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            throw new DomainException(ErrorCode.QUEUE_TICKET_NOT_FOUND, "没有找到这个号，请核对二维码。");
        }
        return jdbi.inTransaction(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            TicketRow t = h.attach(TicketDao.class).findByToken(q.hallId(), token).orElseThrow(
                    () -> new DomainException(ErrorCode.QUEUE_TICKET_NOT_FOUND, "没有找到这个号，请核对二维码。"));
            TicketView v = q.view(h, t);
            boolean atCounter = t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING;
            return new PublicTicketView(v.number(), v.categoryName(), v.status(), v.status().label(), v.peopleAhead(),
                    atCounter ? t.counterNo() : null, v.serviceDay(), v.issuedAt(), t.callCount());
        });
    }
}
