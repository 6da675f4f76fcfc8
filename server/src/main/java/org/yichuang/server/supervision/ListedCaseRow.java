package org.yichuang.server.supervision;

import java.time.Instant;

/** A case as the lists show it, with the facts its remaining working days are computed from. */
public record ListedCaseRow(long id, String caseNo, String itemCode, String itemName, String department,
        String applicantName, String idNumber, String state, Instant receivedAt, Instant acceptedAt,
        Instant promisedDueAt, Instant legalDueAt, Integer calendarVersion, Instant stepDueAt, String currentStep,
        String alertLevel, boolean deadlineMoved, int counterNo, String staffName, long staffId,
        Instant clockStoppedAt, String zoneId, int warningWorkingDays, int warningUsedPercent) {

    /** Returns the alert facts of this case. */
    AlertCaseRow alertRow() {
        return new AlertCaseRow(id, state, staffId, acceptedAt, promisedDueAt, legalDueAt, stepDueAt, currentStep,
                alertLevel, clockStoppedAt, zoneId, warningWorkingDays, warningUsedPercent);
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "ListedCaseRow[" + caseNo + "]";
    }
}
