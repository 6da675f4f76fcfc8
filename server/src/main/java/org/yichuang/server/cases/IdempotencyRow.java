package org.yichuang.server.cases;

/**
 * A claimed idempotency key (提交编号).
 *
 * @param caseId null only inside the transaction that claimed it
 */
public record IdempotencyRow(String key, String requestHash, Long caseId) {
}
