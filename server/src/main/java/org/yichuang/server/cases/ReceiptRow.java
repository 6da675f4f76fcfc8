package org.yichuang.server.cases;

import java.time.Instant;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.identity.Masking;

/**
 * A case joined with its item, applicant, counter, hall and staff: everything a receipt (受理回执) prints; and the queue
 * ticket it was received for, with that ticket's wait (issued → first called), or nulls.
 */
public record ReceiptRow(long id, String caseNo, String itemCode, String itemName, String department,
        CaseKind caseKind, int promisedValue, LimitUnit promisedUnit, String applicantName, String idNumber,
        Instant receivedAt, int counterNo, String counterName, String hallName, String staffName,
        String ticketNumber, Long ticketWaitSeconds) {

    /** Returns the receipt with the ID number masked. */
    public CaseReceipt receipt() {
        return new CaseReceipt(caseNo, itemCode, itemName, department, caseKind,
                new TimeLimit(promisedValue, promisedUnit), applicantName, Masking.documentNumber(idNumber), receivedAt,
                counterNo, counterName, hallName, staffName, ticketNumber, ticketWaitSeconds);
    }

    /** Never prints personal data. */
    @Override
    public String toString() {
        return "ReceiptRow[" + caseNo + "]";
    }
}
