package org.yichuang.core.api;

/**
 * A case (办件) to create at the counter for one service item.
 *
 * @param idempotencyKey client-generated key (UUID); resubmitting it returns the same case, never a second one
 * @param itemCode       the item's implementation code (实施编码)
 * @param remarks        optional free text (备注; {@link org.yichuang.core.text.Remarks}), stored without surrounding
 *                       blanks
 */
public record NewCase(String idempotencyKey, String itemCode, ApplicantInput applicant, String remarks) {
}
