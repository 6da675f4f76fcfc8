package org.yichuang.core.api;

/**
 * A 一件事 application to receive at the counter: {@code POST /api/bundle-cases}. One application becomes one parent
 * case and one child case per member item, in one transaction.
 *
 * @param idempotencyKey client-generated key (UUID), one for the whole application: resubmitting it returns the same
 *                       parent and children, never a second set
 * @param bundleCode     the bundle's code (一件事编码)
 * @param remarks        optional free text (备注), kept on the parent and every child
 */
public record NewBundleCase(String idempotencyKey, String bundleCode, ApplicantInput applicant, String remarks) {
}
