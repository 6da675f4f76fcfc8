package org.yichuang.server.cases.status;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public status page shows once the 查询密码 matched: no document number, the applicant's name masked.
 *
 * @param state        the state's Chinese label (受理, 待补正 …)
 * @param outstanding  the materials still to bring, in checklist order
 * @param collection   领取方式 as printed; null when none was chosen
 */
public record StatusView(String caseNo, String hallName, String state, String itemName, String department,
        String applicantMasked, LocalDate receivedOn, LocalDate acceptedOn, LocalDate promisedDueOn,
        LocalDate supplementDueOn, LocalDate decidedOn, LocalDate deliveredOn, List<String> outstanding,
        String collection) {

    /** Copies the list. */
    public StatusView {
        outstanding = List.copyOf(outstanding);
    }
}
