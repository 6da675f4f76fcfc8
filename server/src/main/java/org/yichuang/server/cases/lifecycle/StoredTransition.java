package org.yichuang.server.cases.lifecycle;

/** A transition made earlier with a staff member's key: what it was for and what it answered. */
public record StoredTransition(long id, String caseNo, String requestHash, String result) {
}
