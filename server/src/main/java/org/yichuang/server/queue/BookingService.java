package org.yichuang.server.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.yichuang.core.api.queue.BookingCapacity;
import org.yichuang.core.api.queue.BookingCapacityChange;
import org.yichuang.core.api.queue.BookingOptions;
import org.yichuang.core.api.queue.BookingRequest;
import org.yichuang.core.api.queue.BookingView;
import org.yichuang.core.api.queue.CheckInRequest;
import org.yichuang.core.api.queue.CheckInResult;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.identity.DocumentNumber;
import org.yichuang.core.identity.Masking;
import org.yichuang.core.person.PersonName;
import org.yichuang.core.person.PhoneNumber;
import org.yichuang.core.queue.BookingPolicy;
import org.yichuang.core.queue.BookingSlots;
import org.yichuang.core.queue.IssuingWindow;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.auth.Principal;

/**
 * Bookings (预约; RULES.md §8.2 [W37]): a slot per category and day from tomorrow to the policy's last working day on
 * the working-day calendar (调休 included), one per person, category and day, cancelled up to the policy's deadline,
 * refused to a person with too many no-shows; checked in at the kiosk or reception into a 预约 priority ticket. Each
 * refusal changes nothing: every check runs in the transaction that would book.
 */
public final class BookingService {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Jdbi jdbi;
    private final QueueSettingsService settings;
    private final TicketService tickets;
    private final Supplier<WorkCalendar> calendar;
    private final java.time.Clock clock;

    /** Books through {@code jdbi} on the calendar in effect. */
    public BookingService(Jdbi jdbi, QueueSettingsService settings, TicketService tickets,
            Supplier<WorkCalendar> calendar, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.settings = settings;
        this.tickets = tickets;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What may be booked now: each category taking bookings, its days and the free places of each slot. */
    public BookingOptions options() {
        return jdbi.inTransaction(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            LocalDate today = today(q);
            List<LocalDate> days = q.settings().booking().bookableDays(today, calendar.get());
            BookingDao dao = h.attach(BookingDao.class);
            List<BookingOptions.Category> out = new ArrayList<>();
            for (QueueCategory c : q.settings().categories()) {
                if (!c.active() || !c.bookingOffered() || days.isEmpty()) {
                    continue;
                }
                int capacity = capacity(dao, q, c);
                Map<String, Integer> taken = new HashMap<>();
                for (BookingDao.Fill f : dao.fills(q.hallId(), c.code(), days.get(0), days.get(days.size() - 1))) {
                    taken.put(f.serviceDay() + " " + f.startsAt(), f.booked());
                }
                List<BookingOptions.Day> bookable = days.stream().map(d -> new BookingOptions.Day(d,
                        BookingSlots.of(c).stream().map(s -> new BookingOptions.Slot(s.from(), s.to(),
                                Math.max(0, capacity - taken.getOrDefault(d + " " + s.from(), 0)))).toList()))
                        .toList();
                out.add(new BookingOptions.Category(c.code(), c.name(), bookable));
            }
            return new BookingOptions(out);
        });
    }

    /**
     * Books a slot.
     *
     * @throws DomainException the person's fields' own codes, QUEUE_CATEGORY_NOT_FOUND, QUEUE_CATEGORY_CLOSED,
     *                         BOOKING_NOT_OFFERED, BOOKING_DAY_NOT_OPEN, BOOKING_SLOT_NOT_FOUND, BOOKING_BANNED,
     *                         BOOKING_ALREADY_BOOKED, BOOKING_SLOT_FULL
     */
    public BookingView book(BookingRequest request) {
        if (request == null || request.categoryCode() == null || request.categoryCode().isBlank()) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请选择业务类别。");
        }
        if (request.day() == null || request.startsAt() == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请选择预约日期和时段。");
        }
        String name = PersonName.validate(request.name());
        PhoneNumber phone = PhoneNumber.parse(request.phone());
        try {
            return jdbi.inTransaction(h -> book(h, request, name, phone));
        } catch (UnableToExecuteStatementException e) {
            if (uniqueViolation(e)) {
                // the same person booking in two windows at once: the other won the one-booking index
                throw new DomainException(ErrorCode.BOOKING_ALREADY_BOOKED);
            }
            throw e;
        }
    }

    private BookingView book(Handle h, BookingRequest request, String name, PhoneNumber phone) {
        QueueContext q = QueueContext.open(h, settings, clock.instant());
        LocalDate today = today(q);
        DocumentNumber document = DocumentNumber.parse(request.documentType(), request.documentNumber(), today);
        QueueCategory category = bookable(q, request.categoryCode().strip());
        BookingPolicy policy = q.settings().booking();
        List<LocalDate> days = policy.bookableDays(today, calendar.get());
        if (!days.contains(request.day())) {
            throw new DomainException(ErrorCode.BOOKING_DAY_NOT_OPEN, days.isEmpty()
                    ? "近期没有可预约的工作日。"
                    : DAY.format(request.day()) + "不能预约：可预约 " + DAY.format(days.get(0)) + " 至 "
                    + DAY.format(days.get(days.size() - 1)) + " 的工作日（最早次日，最多提前 "
                    + policy.maxWorkingDaysAhead() + " 个工作日）。");
        }
        IssuingWindow slot = BookingSlots.starting(category, request.startsAt());
        if (slot == null) {
            throw new DomainException(ErrorCode.BOOKING_SLOT_NOT_FOUND,
                    "“" + category.name() + "”没有 " + request.startsAt() + " 开始的预约时段。");
        }
        byte[] personKey = PersonKeys.of(q.personKeySecret(), document);
        BookingDao dao = h.attach(BookingDao.class);
        LocalDate bannedUntil = policy.bannedUntil(dao.missedDays(q.hallId(), personKey), today);
        if (bannedUntil != null) {
            throw new DomainException(ErrorCode.BOOKING_BANNED, "您在 " + policy.noShowWindow().getDays()
                    + " 天内有 " + policy.noShowsForBan() + " 次及以上预约未到，暂停预约至 " + DAY.format(bannedUntil.minusDays(1))
                    + "（" + DAY.format(bannedUntil) + "起可再次预约）；期间可到大厅现场取号办理。");
        }
        if (dao.activeOn(q.hallId(), category.code(), request.day(), personKey).isPresent()) {
            throw new DomainException(ErrorCode.BOOKING_ALREADY_BOOKED, "您已预约" + DAY.format(request.day()) + "的“"
                    + category.name() + "”，同一天同一业务只能预约一次；如需改时段，请先取消原预约。");
        }
        // the daily cap counts bookings too (DailyCap): a day never holds more bookings than the cap has tickets
        if (category.cap() != null
                && dao.heldOn(q.hallId(), request.day(), category.code()) >= category.cap().limit()) {
            throw new DomainException(ErrorCode.BOOKING_SLOT_FULL, DAY.format(request.day()) + "“" + category.name()
                    + "”的 " + category.cap().limit() + " 个号已全部约满，请选择其他日期。");
        }
        if (dao.takePlace(q.hallId(), category.code(), request.day(), slot.from(), capacity(dao, q, category))
                .isEmpty()) {
            throw new DomainException(ErrorCode.BOOKING_SLOT_FULL, DAY.format(request.day()) + " " + slot
                    + " 已约满，请选择其他时段。");
        }
        BookingRow row = dao.insert(q.hallId(), category.code(), request.day(), slot.from(), slot.to(), personKey,
                name, phone.value(), q.now());
        h.attach(AuditDao.class).record(q.now(), null, AuditAction.BOOKING_CREATED, "booking:" + row.id(),
                category.code() + " " + row.serviceDay() + " " + row.startsAt());
        return view(q, row);
    }

    /**
     * The booking of a token, as its holder sees it.
     *
     * @throws DomainException BOOKING_NOT_FOUND
     */
    public BookingView find(String token) {
        return jdbi.inTransaction(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            return view(q, byToken(h, q, token));
        });
    }

    /**
     * Cancels a booking up to the policy's time before its slot (2 hours by default) and frees the place.
     *
     * @throws DomainException BOOKING_NOT_FOUND, BOOKING_STATE, BOOKING_CANCEL_TOO_LATE
     */
    public BookingView cancel(String token) {
        return jdbi.inTransaction(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            BookingRow row = byToken(h, q, token);
            if (row.status() != org.yichuang.core.queue.BookingStatus.BOOKED) {
                throw new DomainException(ErrorCode.BOOKING_STATE, "该预约" + row.status().label() + "，不能取消。");
            }
            BookingPolicy policy = q.settings().booking();
            LocalDateTime start = LocalDateTime.of(row.serviceDay(), row.startsAt());
            LocalDateTime now = LocalDateTime.ofInstant(q.now(), q.hall().zone());
            if (!policy.mayCancel(start, now)) {
                throw new DomainException(ErrorCode.BOOKING_CANCEL_TOO_LATE, "预约时段开始前 "
                        + policy.cancelBefore().toHours() + " 小时内不能取消（截止 " + DAY.format(row.serviceDay()) + " "
                        + start.minus(policy.cancelBefore()).toLocalTime() + "）；如不能前来，请联系大厅。");
            }
            BookingDao dao = h.attach(BookingDao.class);
            BookingRow cancelled = dao.cancel(row.id(), q.now()).orElseThrow();
            dao.releasePlace(q.hallId(), row.categoryCode(), row.serviceDay(), row.startsAt());
            h.attach(AuditDao.class).record(q.now(), null, AuditAction.BOOKING_CANCELLED, "booking:" + row.id(),
                    null);
            return view(q, cancelled);
        });
    }

    /**
     * 预约签到: today's booking of the person becomes a 预约 priority ticket of its category. At reception
     * ({@code clerk} given) the answer names the person in full; at the kiosk masked.
     *
     * @throws DomainException a document number's own code, BOOKING_NOT_FOUND, BOOKING_CHECKIN_TOO_LATE, the
     *                         category's QUEUE_ codes, QUEUE_ALREADY_HAS_TICKET
     */
    public CheckInResult checkIn(Principal clerk, CheckInRequest request) {
        if (request == null) {
            throw new DomainException(ErrorCode.FIELD_REQUIRED, "请填写证件号码。");
        }
        try {
            CheckedIn done = jdbi.inTransaction(h -> checkIn(h, clerk, request));
            return new CheckInResult(tickets.withPeopleAhead(done.ticket()), done.name(), done.startsAt(),
                    done.endsAt());
        } catch (UnableToExecuteStatementException e) {
            if (uniqueViolation(e)) {
                throw new DomainException(ErrorCode.QUEUE_ALREADY_HAS_TICKET);
            }
            throw e;
        }
    }

    /** A check-in committed: the ticket, and the name as the answer may show it. */
    private record CheckedIn(TicketService.Issued ticket, String name, LocalTime startsAt, LocalTime endsAt) {
    }

    private CheckedIn checkIn(Handle h, Principal clerk, CheckInRequest request) {
        QueueContext q = QueueContext.open(h, settings, clock.instant());
        DocumentNumber document = DocumentNumber.parse(request.documentType(), request.documentNumber(), today(q));
        byte[] personKey = PersonKeys.of(q.personKeySecret(), document);
        BookingDao dao = h.attach(BookingDao.class);
        String wanted = request.categoryCode() == null || request.categoryCode().isBlank() ? null
                : request.categoryCode().strip();
        BookingRow booking = dao.bookedOn(q.hallId(), q.day(), personKey).stream()
                .filter(b -> wanted == null || b.categoryCode().equals(wanted)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.BOOKING_NOT_FOUND,
                        "没有找到您今天待签到的预约，请核对证件号码，或取普通号。"));
        LocalTime local = LocalDateTime.ofInstant(q.now(), q.hall().zone()).toLocalTime();
        if (!local.isBefore(booking.endsAt())) {
            throw new DomainException(ErrorCode.BOOKING_CHECKIN_TOO_LATE, "您预约的时段 " + booking.startsAt() + "–"
                    + booking.endsAt() + " 已过，预约不再有效，请取普通号。");
        }
        QueueCategory category = TicketService.openCategory(q, booking.categoryCode());
        TicketService.Issued ticket = tickets.issueIn(h, q, clerk, category, PriorityReason.BOOKING, personKey);
        dao.checkIn(booking.id(), q.now(), clerk == null ? null : clerk.staffId(), ticket.row().id()).orElseThrow();
        h.attach(AuditDao.class).record(q.now(), clerk == null ? null : clerk.staffId(),
                AuditAction.BOOKING_CHECKED_IN, "booking:" + booking.id(),
                (clerk == null ? "kiosk" : "reception") + ", ticket " + ticket.row().number());
        return new CheckedIn(ticket, clerk == null ? Masking.name(booking.name()) : booking.name(),
                booking.startsAt(), booking.endsAt());
    }

    /**
     * The places per slot of every category that offers booking (ADMIN, 叫号设置), in the settings' order; a category
     * never set shows the default. Nothing personal: not audited.
     */
    public List<BookingCapacity> capacities() {
        return jdbi.inTransaction(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            Map<String, Integer> set = new HashMap<>();
            for (BookingDao.Capacity c : h.attach(BookingDao.class).capacities(q.hallId())) {
                set.put(c.categoryCode(), c.slotCapacity());
            }
            return q.settings().categories().stream().filter(QueueCategory::bookingOffered)
                    .map(c -> new BookingCapacity(c.code(), set.getOrDefault(c.code(), BookingSlots.DEFAULT_CAPACITY),
                            set.containsKey(c.code())))
                    .toList();
        });
    }

    /**
     * Sets the places per slot of a category (ADMIN); audited.
     *
     * @throws DomainException QUEUE_CATEGORY_NOT_FOUND, FIELD_TOO_LONG for a capacity outside 0–1000
     */
    public BookingOptions setCapacity(Principal admin, String categoryCode, BookingCapacityChange change) {
        if (change == null || change.slotCapacity() < 0 || change.slotCapacity() > 1000) {
            throw new DomainException(ErrorCode.FIELD_TOO_LONG, "每个时段可预约人数应在 0 到 1000 之间。");
        }
        jdbi.useTransaction(h -> {
            QueueContext q = QueueContext.open(h, settings, clock.instant());
            QueueCategory category = q.settings().category(categoryCode).orElseThrow(() -> new DomainException(
                    ErrorCode.QUEUE_CATEGORY_NOT_FOUND, "没有业务类别“" + categoryCode + "”。"));
            h.attach(BookingDao.class).setCapacity(q.hallId(), category.code(), change.slotCapacity(), q.now(),
                    admin.staffId());
            h.attach(AuditDao.class).record(q.now(), admin.staffId(), AuditAction.BOOKING_CAPACITY_CHANGED,
                    "queue-category:" + category.code(), String.valueOf(change.slotCapacity()));
        });
        return options();
    }

    private static QueueCategory bookable(QueueContext q, String code) {
        QueueCategory category = q.settings().category(code).orElseThrow(() -> new DomainException(
                ErrorCode.QUEUE_CATEGORY_NOT_FOUND, "没有业务类别“" + code + "”。"));
        if (!category.active()) {
            throw new DomainException(ErrorCode.QUEUE_CATEGORY_CLOSED, "“" + category.name() + "”已停止办理。");
        }
        if (!category.bookingOffered()) {
            throw new DomainException(ErrorCode.BOOKING_NOT_OFFERED, "“" + category.name() + "”不提供预约，请到大厅取号。");
        }
        return category;
    }

    private static BookingRow byToken(Handle h, QueueContext q, String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            throw new DomainException(ErrorCode.BOOKING_NOT_FOUND, "没有找到该预约，请核对预约码。");
        }
        return h.attach(BookingDao.class).findByToken(q.hallId(), token).orElseThrow(
                () -> new DomainException(ErrorCode.BOOKING_NOT_FOUND, "没有找到该预约，请核对预约码。"));
    }

    private static int capacity(BookingDao dao, QueueContext q, QueueCategory category) {
        return dao.capacity(q.hallId(), category.code()).orElse(BookingSlots.DEFAULT_CAPACITY);
    }

    private static LocalDate today(QueueContext q) {
        return q.now().atZone(q.hall().zone()).toLocalDate();
    }

    private static BookingView view(QueueContext q, BookingRow row) {
        String name = q.settings().category(row.categoryCode()).map(QueueCategory::name).orElse(row.categoryCode());
        return new BookingView(row.publicToken(), row.categoryCode(), name, row.serviceDay(), row.startsAt(),
                row.endsAt(), row.status(), row.status().label(),
                LocalDateTime.of(row.serviceDay(), row.startsAt()).minus(q.settings().booking().cancelBefore()));
    }

    private static boolean uniqueViolation(UnableToExecuteStatementException e) {
        return e.getCause() instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
