package org.yichuang.server.audit;

import java.time.Instant;

/**
 * One audit row as the API shows it.
 *
 * @param username null for failures where nobody could be identified
 * @param subject  a case number or person row id, never a raw ID number
 */
public record AuditEntry(long id, Instant at, String username, String action, String subject, String detail) {
}
