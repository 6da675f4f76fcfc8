package org.yichuang.server.documents;

/** A case as its documents' routes need it: id, number, the hall it was received in and its zone. */
public record DocumentCaseRow(long id, String caseNo, long hallId, String zoneId) {
}
