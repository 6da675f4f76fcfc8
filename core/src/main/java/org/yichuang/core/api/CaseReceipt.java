package org.yichuang.core.api;

import java.time.Instant;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.TimeLimit;

/**
 * What the server returns for a created case and what the 受理回执 (acceptance receipt) prints.
 *
 * @param caseNo                  办件编号
 * @param applicantName           full name: the receipt is handed to the applicant
 * @param applicantIdNumberMasked ID number masked as on every printed paper
 * @param receivedAt              收件时间
 * @param ticketNumber            the queue ticket (排队号) the case was received for, or null (issue 12)
 * @param ticketWaitSeconds       how long that ticket waited, issued to first called (等候时长); null without a ticket
 */
public record CaseReceipt(String caseNo, String itemCode, String itemName, String department, CaseKind caseKind,
        TimeLimit promisedLimit, String applicantName, String applicantIdNumberMasked, Instant receivedAt,
        int counterNo, String counterName, String hallName, String staffName, String ticketNumber,
        Long ticketWaitSeconds) {

    /** A receipt without a queue ticket. */
    public CaseReceipt(String caseNo, String itemCode, String itemName, String department, CaseKind caseKind,
            TimeLimit promisedLimit, String applicantName, String applicantIdNumberMasked, Instant receivedAt,
            int counterNo, String counterName, String hallName, String staffName) {
        this(caseNo, itemCode, itemName, department, caseKind, promisedLimit, applicantName, applicantIdNumberMasked,
                receivedAt, counterNo, counterName, hallName, staffName, null, null);
    }
}
