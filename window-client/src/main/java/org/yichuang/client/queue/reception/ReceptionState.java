package org.yichuang.client.queue.reception;

import java.util.List;
import org.yichuang.core.api.queue.CheckInResult;
import org.yichuang.core.api.queue.TicketView;
import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.queue.PriorityReason;
import org.yichuang.core.queue.QueueCategory;

/**
 * What the reception's 取号 dialog shows, as one immutable value.
 *
 * @param categories     the categories issuing tickets, in kiosk order; empty until loaded
 * @param reasons        the priority reasons the clerk may grant on evidence (those the hall grants, without 老年人,
 *                       which the document number gives, and 预约, which a booking check-in gives)
 * @param categoryCode   the chosen category, or null
 * @param documentType   the document type of the number
 * @param documentNumber the optional document number as typed or read; personal data, dropped after each ticket
 * @param priority       the priority reason the clerk has seen evidence of, or null
 * @param loading        true while the settings load
 * @param issuing        true while a ticket is issued
 * @param reading        true while a card is read
 * @param ticket         the ticket issued last, or null
 * @param printStatus    what became of its paper (printing, printed, waiting in the print queue and why), or null
 * @param printed        true once the paper went to the printer; false while printing or when it waits
 * @param error          why the last request was refused, or null
 * @param checkIn        the booking the last ticket came from (预约签到: the booked name, for the clerk to compare with
 *                       the person in front of them, and the slot), or null for an ordinary ticket; personal data,
 *                       dropped with the ticket
 */
public record ReceptionState(List<QueueCategory> categories, List<PriorityReason> reasons, String categoryCode,
        DocumentType documentType, String documentNumber, PriorityReason priority, boolean loading, boolean issuing,
        boolean reading, TicketView ticket, String printStatus, boolean printed, String error, CheckInResult checkIn) {

    /** Copies the lists. */
    public ReceptionState {
        categories = List.copyOf(categories);
        reasons = List.copyOf(reasons);
    }

    static ReceptionState initial() {
        return new ReceptionState(List.of(), List.of(), null, DocumentType.RESIDENT_ID, "", null, false, false, false,
                null, null, false, null, null);
    }

    /** Returns true when a ticket may be asked for now. */
    public boolean canIssue() {
        return categoryCode != null && !loading && !issuing && !reading;
    }

    /** Returns true when a booking may be checked in now: a document number is given (the category is the booking's). */
    public boolean canCheckIn() {
        return documentNumber != null && !documentNumber.isBlank() && !loading && !issuing && !reading;
    }

    /** Never prints the document number. */
    @Override
    public String toString() {
        return "ReceptionState[" + categoryCode + ", " + priority + ", ticket " + (ticket == null ? null
                : ticket.number()) + "]";
    }

    ReceptionState withSettings(List<QueueCategory> value, List<PriorityReason> granted) {
        String code = value.stream().anyMatch(c -> c.code().equals(categoryCode)) ? categoryCode
                : value.isEmpty() ? null : value.get(0).code();
        return new ReceptionState(value, granted, code, documentType, documentNumber,
                granted.contains(priority) ? priority : null, false, issuing, reading, ticket, printStatus, printed,
                error, checkIn);
    }

    ReceptionState withCategory(String value) {
        return new ReceptionState(categories, reasons, value, documentType, documentNumber, priority, loading, issuing,
                reading, ticket, printStatus, printed, null, checkIn);
    }

    ReceptionState withDocument(DocumentType type, String number) {
        return new ReceptionState(categories, reasons, categoryCode, type, number, priority, loading, issuing, reading,
                ticket, printStatus, printed, null, checkIn);
    }

    ReceptionState withPriority(PriorityReason value) {
        return new ReceptionState(categories, reasons, categoryCode, documentType, documentNumber, value, loading,
                issuing, reading, ticket, printStatus, printed, null, checkIn);
    }

    ReceptionState withLoading(boolean value) {
        return new ReceptionState(categories, reasons, categoryCode, documentType, documentNumber, priority, value,
                issuing, reading, ticket, printStatus, printed, error, checkIn);
    }

    ReceptionState withIssuing(boolean value) {
        return new ReceptionState(categories, reasons, categoryCode, documentType, documentNumber, priority, loading,
                value, reading, ticket, printStatus, printed, value ? null : error, checkIn);
    }

    ReceptionState withReading(boolean value) {
        return new ReceptionState(categories, reasons, categoryCode, documentType, documentNumber, priority, loading,
                issuing, value, ticket, printStatus, printed, value ? null : error, checkIn);
    }

    /** The ticket issued: the applicant's document number and priority are not kept for the next one. */
    ReceptionState withTicket(TicketView value, String status) {
        return withTicket(value, status, null);
    }

    /** The ticket issued, from a booking checked in ({@code booking}) or not (null). */
    ReceptionState withTicket(TicketView value, String status, CheckInResult booking) {
        return new ReceptionState(categories, reasons, categoryCode, DocumentType.RESIDENT_ID, "", null, loading,
                false, reading, value, status, false, null, booking);
    }

    ReceptionState withPrint(String status, boolean done) {
        return new ReceptionState(categories, reasons, categoryCode, documentType, documentNumber, priority, loading,
                issuing, reading, ticket, status, done, error, checkIn);
    }

    ReceptionState withError(String value) {
        return new ReceptionState(categories, reasons, categoryCode, documentType, documentNumber, priority, loading,
                issuing, reading, ticket, printStatus, printed, value, checkIn);
    }

    /** 下一位: nothing of the last applicant stays. */
    ReceptionState cleared() {
        return new ReceptionState(categories, reasons, categoryCode, DocumentType.RESIDENT_ID, "", null, loading,
                issuing, reading, null, null, false, null, null);
    }
}
