package org.yichuang.client.queue.reception;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityCard;
import org.yichuang.client.print.PrintOutcome;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.IdentityReadNotice;
import org.yichuang.core.api.queue.CheckInRequest;
import org.yichuang.core.api.queue.CheckInResult;
import org.yichuang.core.api.queue.TicketRequest;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;
import org.yichuang.core.queue.QueueSettings;

/**
 * 取号 at reception (issue 12): the clerk picks the category, may give the applicant's document number (typed, or read
 * from the ID card reader) and a priority reason they have seen evidence of; the server issues the ticket (one active
 * ticket per person, category and day; 老年人优先 from a resident ID) and the ticket prints on the counter's 80 mm
 * printer. Every server call, card read and print goes through the task funnel; the state is one immutable
 * {@link ReceptionState}, and the document number is dropped once the ticket is issued.
 */
public final class ReceptionPresenter extends ObservableModel<ReceptionPresenter.Property> {
    /** Observable properties. */
    public enum Property { STATE }

    /** The reasons reception grants on evidence; 老年人 comes from the ID number, 预约 from a booking check-in. */
    static final EnumSet<PriorityReason> ON_EVIDENCE = EnumSet.of(PriorityReason.DISABLED, PriorityReason.MILITARY,
            PriorityReason.GREEN_CHANNEL);
    /** How long a requested card read waits for a card. */
    static final Duration CARD_WAIT = Duration.ofSeconds(30);

    private final HallApi api;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final CardSource cards;
    private final TicketPrinting printing;
    private ReceptionState state = ReceptionState.initial();
    private BackgroundTasks.TaskHandle read;

    /** Creates the presenter; {@code cards} is the counter's reader, {@code printing} its 80 mm ticket printing. */
    public ReceptionPresenter(HallApi api, BackgroundTasks tasks, Messages messages, CardSource cards,
            TicketPrinting printing) {
        this.api = api;
        this.tasks = tasks;
        this.messages = messages;
        this.cards = cards;
        this.printing = printing;
    }

    public ReceptionState state() {
        return state;
    }

    /** Loads the categories that issue tickets and the priority reasons the hall grants. */
    public void load() {
        set(state.withLoading(true));
        tasks.submit(api::queueSettings, view -> {
            QueueSettings s = view.settings();
            List<QueueCategory> active = s.categories().stream().filter(QueueCategory::active).toList();
            List<PriorityReason> granted = ON_EVIDENCE.stream().filter(s.priority()::contains).toList();
            set(state.withSettings(active, granted));
        }, failure -> set(state.withLoading(false).withError(messages.errorMessage(failure))));
    }

    /** Chooses the category. */
    public void selectCategory(String code) {
        if (!Objects.equals(code, state.categoryCode())) {
            set(state.withCategory(code));
        }
    }

    /** Sets the document number as typed. */
    public void setDocumentNumber(String number) {
        if (!Objects.equals(number, state.documentNumber())) {
            set(state.withDocument(state.documentType(), number == null ? "" : number));
        }
    }

    /** Sets the document type of the number. */
    public void setDocumentType(DocumentType type) {
        if (type != state.documentType()) {
            set(state.withDocument(type, state.documentNumber()));
        }
    }

    /** Sets the priority reason the clerk has seen evidence of; null for none. */
    public void setPriority(PriorityReason reason) {
        if (reason != state.priority() && (reason == null || state.reasons().contains(reason))) {
            set(state.withPriority(reason));
        }
    }

    /** Reads the applicant's card (F2): the number and its type fill in; the read is audited (kind only). */
    public void readCard() {
        if (state.reading() || state.issuing()) {
            return;
        }
        set(state.withReading(true));
        read = tasks.submitWaiting(() -> cards.read(CARD_WAIT), this::cardRead, failure -> {
            read = null;
            set(state.withReading(false).withError(failure instanceof CardReadException e
                    ? e.reason() == CardReadException.Reason.CANCELLED ? null : e.getMessage()
                    : messages.errorMessage(failure)));
        });
    }

    /** Stops a card read in progress (Esc). */
    public void cancelRead() {
        if (read != null) {
            read.cancel();
            read = null;
            set(state.withReading(false));
        }
    }

    private void cardRead(IdentityCard card) {
        read = null;
        set(state.withReading(false).withDocument(card.documentType(), card.number()));
        IdentityReadNotice notice = new IdentityReadNotice(card.cardKind().name());
        tasks.submit(() -> {
            api.recordIdentityRead(notice);
            return Boolean.TRUE;
        }, ok -> { }, failure -> set(state.withError(messages.text("card.auditFailed",
                messages.errorMessage(failure)))));
    }

    /** Issues the ticket (取号, Enter), then prints it. */
    public void issue() {
        if (!state.canIssue()) {
            return;
        }
        String number = state.documentNumber() == null ? "" : state.documentNumber().strip();
        TicketRequest request = new TicketRequest(state.categoryCode(), number.isEmpty() ? null : state.documentType(),
                number.isEmpty() ? null : number, state.priority());
        set(state.withIssuing(true));
        tasks.submit(() -> api.issueTicket(request), this::issued,
                failure -> set(state.withIssuing(false).withError(messages.errorMessage(failure))));
    }

    /**
     * 预约签到 (F3): today's booking of the person whose document number is given becomes a 预约 priority ticket of the
     * booking's own category, printed like any ticket. A refusal (no booking today, its slot over, a ticket already
     * taken) shows the server's reason and keeps the number for correction.
     */
    public void checkIn() {
        if (!state.canCheckIn()) {
            if (!state.issuing() && !state.reading() && !state.loading()) {
                set(state.withError(messages.text("reception.checkIn.numberRequired")));
            }
            return;
        }
        CheckInRequest request = new CheckInRequest(state.documentType(), state.documentNumber().strip(), null);
        set(state.withIssuing(true));
        tasks.submit(() -> api.checkInBooking(request), result -> issued(result.ticket(), result),
                failure -> set(state.withIssuing(false).withError(messages.errorMessage(failure))));
    }

    private void issued(TicketView ticket) {
        issued(ticket, null);
    }

    private void issued(TicketView ticket, CheckInResult booking) {
        set(state.withTicket(ticket, messages.text("reception.printing"), booking));
        tasks.submit(() -> printing.print(ticket), outcome -> printed(ticket, outcome), failure -> {
            if (state.ticket() == ticket) {
                set(state.withPrint(messages.text("reception.print.failed", messages.errorMessage(failure)), false));
            }
        });
    }

    private void printed(TicketView ticket, PrintOutcome outcome) {
        if (state.ticket() != ticket) {
            return;   // the clerk has moved on to the next applicant; the print queue still shows a waiting paper
        }
        if (outcome.complete()) {
            set(state.withPrint(messages.text("reception.printed"), true));
        } else {
            String why = outcome.waiting().get(0).problem();
            set(state.withPrint(messages.text("reception.print.waiting", why == null ? "" : why), false));
        }
    }

    /** 下一位: clears the last ticket and the applicant's details; the category stays. */
    public void next() {
        cancelRead();
        set(state.cleared());
    }

    private void set(ReceptionState next) {
        ReceptionState old = state;
        state = Objects.requireNonNull(next);
        fire(Property.STATE, old, next);
    }
}
