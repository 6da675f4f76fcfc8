package org.yichuang.core.api;

import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.intake.IntakeOutcome;

/**
 * The outcomes lawful now for a checklist as the clerk has it so far ({@code POST /api/cases/{caseNo}/intake/options}):
 * core's {@code IntakeRules.offered} on the server's facts, for the intake screen's buttons.
 *
 * @param offered            lawful outcomes in declaration order (texts and dates they still need are not judged)
 * @param promisedDueOn      承诺办结日 if the case were accepted today
 * @param noticeServiceDueOn last day for the 一次性告知书 (5 working days after receipt)
 * @param remediesConfigured whether refusals can name the hall's reconsideration body and court
 * @param latestDeferralDueOn 容缺补交期限 at the latest for the materials outstanding now (the screen's default)
 */
public record IntakeOptions(String caseNo, List<IntakeOutcome> offered, LocalDate promisedDueOn,
        LocalDate noticeServiceDueOn, boolean remediesConfigured, DeferralFailurePolicy deferralFailurePolicy,
        LocalDate latestDeferralDueOn) {

    /** Copies the list. */
    public IntakeOptions {
        offered = List.copyOf(offered);
    }
}
