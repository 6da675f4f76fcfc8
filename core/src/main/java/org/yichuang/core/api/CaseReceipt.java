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
 */
public record CaseReceipt(String caseNo, String itemCode, String itemName, String department, CaseKind caseKind,
        TimeLimit promisedLimit, String applicantName, String applicantIdNumberMasked, Instant receivedAt,
        int counterNo, String counterName, String hallName, String staffName) {
}
