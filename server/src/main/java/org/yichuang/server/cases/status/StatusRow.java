package org.yichuang.server.cases.status;

import java.time.Instant;

/** A case as the public status page reads it (status.sql); {@code passwordHash} is null before acceptance. */
public record StatusRow(long id, String caseNo, String state, String applicantName, String itemName,
        String department, Instant receivedAt, Instant acceptedAt, Instant promisedDueAt, Instant supplementDueAt,
        Instant supplementCompletedAt, Instant decidedAt, Instant deliveredAt, String collectionMethod,
        String hallName, String zoneId, byte[] passwordHash) {

    /** Never prints the applicant or the hash. */
    @Override
    public String toString() {
        return "StatusRow[" + caseNo + ", " + state + "]";
    }
}
