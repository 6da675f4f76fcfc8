package org.yichuang.server.queue;

import java.time.Clock;
import java.time.LocalTime;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.yichuang.core.api.queue.TicketRequest;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.DocumentNumber;
import org.yichuang.core.identity.ResidentIdNumber;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.TicketNumber;
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
            return jdbi.inTransaction(h -> issue(h, clerk, request));
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                // the same person at two kiosks at once: the other issue won the one-active-ticket index
                throw new DomainException(ErrorCode.QUEUE_ALREADY_HAS_TICKET);
            }
            throw e;
        }
    }

    private TicketView issue(Handle h, Principal clerk, TicketRequest request) {
        QueueContext q = QueueContext.open(h, settings, clock.instant());
        QueueCategory category = q.settings().category(request.categoryCode().strip())
                .orElseThrow(() -> new DomainException(ErrorCode.QUEUE_CATEGORY_NOT_FOUND,
                        "没有业务类别“" + request.categoryCode().strip() + "”。"));
        if (!category.active()) {
            throw new DomainException(ErrorCode.QUEUE_CATEGORY_CLOSED, "“" + category.name() + "”已停止取号。");
        }
        LocalTime local = q.now().atZone(q.hall().zone()).toLocalTime();
        if (category.windows().stream().noneMatch(w -> w.contains(local))) {
            throw new DomainException(ErrorCode.QUEUE_OUTSIDE_WINDOW, "“" + category.name() + "”的取号时间为 "
                    + category.windows().stream().map(Object::toString).collect(Collectors.joining("、"))
                    + "，现在是 " + local.withNano(0) + "。");
        }
        PriorityReason priority = request.priority();
        if (priority != null && (priority == PriorityReason.ELDERLY || priority == PriorityReason.BOOKING)) {
            throw new DomainException(ErrorCode.QUEUE_PRIORITY_NOT_GRANTED,
                    "“" + priority.label() + "”不能手工选择：老年人优先由身份证号码中的出生日期确定，预约优先由预约签到确定。");
        }
        if (priority != null && !q.settings().priority().contains(priority)) {
            throw new DomainException(ErrorCode.QUEUE_PRIORITY_NOT_GRANTED,
                    "本大厅未设置“" + priority.label() + "”。");
        }
        TicketDao tickets = h.attach(TicketDao.class);
        byte[] personKey = null;
        if (request.documentNumber() != null && !request.documentNumber().isBlank()) {
            DocumentNumber number = DocumentNumber.parse(request.documentType(), request.documentNumber(),
                    q.now().atZone(q.hall().zone()).toLocalDate());
            personKey = PersonKeys.of(q.personKeySecret(), number);
            tickets.activeNumberOf(q.hallId(), q.day(), category.code(), personKey).ifPresent(n -> {
                throw new DomainException(ErrorCode.QUEUE_ALREADY_HAS_TICKET,
                        "今天已取得“" + category.name() + "”的 " + n + " 号，请留意叫号。");
            });
            if (priority == null && number instanceof ResidentIdNumber id
                    && q.settings().priority().contains(PriorityReason.ELDERLY)
                    && q.settings().elderly().applies(id.id(), q.now().atZone(q.hall().zone()).toLocalDate())) {
                priority = PriorityReason.ELDERLY;
            }
        }
        int sequence = tickets.nextSequence(q.hallId(), q.day(), category.code());
        if (category.cap() != null && sequence > category.cap().limit()) {
            throw new DomainException(ErrorCode.QUEUE_CAP_REACHED, "今日“" + category.name() + "”的 "
                    + category.cap().limit() + " 个号已取完，可预约其他工作日办理。");
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
        return q.view(h, row);
    }
}
