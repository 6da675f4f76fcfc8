package org.yichuang.server.audit;

import java.util.List;

/**
 * A page of the audit log, newest first.
 *
 * @param nextBefore pass as {@code before} to get the next (older) page; null when this is the last page
 */
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {
}
