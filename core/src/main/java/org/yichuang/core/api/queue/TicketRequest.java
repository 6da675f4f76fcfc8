package org.yichuang.core.api.queue;

import org.yichuang.core.identity.DocumentType;
import org.yichuang.core.queue.PriorityReason;

/**
 * A ticket to issue (取号): {@code POST /api/queue/tickets} at reception.
 *
 * @param categoryCode   the category
 * @param documentType   the applicant's document type, when a number is given
 * @param documentNumber optional: one active ticket per person, category and day, and 老年人优先 from a resident ID's
 *                       birth date; never stored, never logged
 * @param priority       a priority reason the reception clerk has seen evidence of (残疾人, 军人, 绿色通道); null for
 *                       none. 老年人 comes from the document number, 预约 from a booking check-in.
 */
public record TicketRequest(String categoryCode, DocumentType documentType, String documentNumber,
        PriorityReason priority) {
    /** Never prints the document number. */
    @Override
    public String toString() {
        return "TicketRequest[" + categoryCode + ", " + documentType + ", " + priority + "]";
    }
}
