package org.yichuang.server.documents;

import java.time.Instant;

/** A case as its notices print it (personal data: never logged, see {@link #toString()}). */
public record NoticeCaseRow(String caseNo, String applicantName, String phone, String idNumber, String idType,
        String applicantKind, String legalRepresentative, String agentName, String agentDocumentType,
        String agentDocumentNumber, String agentPhone, Instant receivedAt,
        Instant acceptedAt, Instant decidedAt, Instant legalDueAt, Instant promisedDueAt, Long itemVersionId,
        String zoneId, int counterNumber, String clerkName, String legalRepresentativeDocumentType,
        String legalRepresentativeDocumentNumber) {

    @Override
    public String toString() {
        return "NoticeCaseRow[" + caseNo + "]";
    }
}
