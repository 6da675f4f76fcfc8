package org.yichuang.core.api;

/**
 * A case (办件) to create at the counter for one service item.
 *
 * @param idempotencyKey client-generated key (UUID); resubmitting it returns the same case, never a second one
 * @param itemCode       the item's implementation code (实施编码)
 * @param remarks        optional free text (备注; {@link org.yichuang.core.text.Remarks}), stored without surrounding
 *                       blanks
 * @param ticketId       optional: the queue ticket (排队号) the counter serves for this applicant, so the case knows its
 *                       ticket and waiting time; null for none (issue 12)
 */
public record NewCase(String idempotencyKey, String itemCode, ApplicantInput applicant, String remarks,
        Long ticketId) {

    /** A case without a queue ticket (what the counter sent before the hall queue). */
    public NewCase(String idempotencyKey, String itemCode, ApplicantInput applicant, String remarks) {
        this(idempotencyKey, itemCode, applicant, remarks, null);
    }

    /** Returns this case for the ticket {@code id} (null for none). */
    public NewCase withTicketId(Long id) {
        return new NewCase(idempotencyKey, itemCode, applicant, remarks, id);
    }
}
