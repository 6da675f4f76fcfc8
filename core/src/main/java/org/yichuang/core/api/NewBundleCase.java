package org.yichuang.core.api;

/**
 * A 一件事 application to receive at the counter: {@code POST /api/bundle-cases}. One application becomes one parent
 * case and one child case per member item, in one transaction.
 *
 * @param idempotencyKey client-generated key (UUID), one for the whole application: resubmitting it returns the same
 *                       parent and children, never a second set
 * @param bundleCode     the bundle's code (一件事编码)
 * @param remarks        optional free text (备注), kept on the parent and every child
 * @param ticketId       optional: the queue ticket (排队号) the counter serves for this applicant, as for a single
 *                       case ({@link NewCase#ticketId()}): the parent and every child know it and its waiting time;
 *                       null for none (issue 10)
 */
public record NewBundleCase(String idempotencyKey, String bundleCode, ApplicantInput applicant, String remarks,
        Long ticketId) {

    /** An application without a queue ticket. */
    public NewBundleCase(String idempotencyKey, String bundleCode, ApplicantInput applicant, String remarks) {
        this(idempotencyKey, bundleCode, applicant, remarks, null);
    }
}
