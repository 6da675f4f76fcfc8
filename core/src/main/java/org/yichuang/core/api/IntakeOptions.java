package org.yichuang.core.api;

import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.OutcomeRefusal;

/**
 * The outcomes lawful now for a checklist as the clerk has it so far ({@code POST /api/cases/{caseNo}/intake/options}):
 * core's {@code IntakeRules.offered} on the server's facts, for the intake screen's buttons.
 *
 * @param offered            lawful outcomes in declaration order (texts and dates they still need are not judged)
 * @param promisedDueOn      承诺办结日 if the case were accepted today
 * @param noticeServiceDueOn last day for the 一次性告知书 (5 working days after receipt)
 * @param remediesConfigured whether refusals can name the hall's reconsideration body and court
 * @param checklist          the materials the checklist must list, in order ({@code IntakeRules.checklist}): the
 *                           item version's, with the 授权委托书 required when the case has an agent (代理人)
 * @param latestDeferralDueOn 容缺补交期限 at the latest for the materials outstanding now (the screen's default)
 * @param refused            why each outcome not offered is not lawful now (core {@code IntakeRules.refused}); empty
 *                           from a server before it
 */
public record IntakeOptions(String caseNo, List<IntakeOutcome> offered, LocalDate promisedDueOn,
        LocalDate noticeServiceDueOn, boolean remediesConfigured, DeferralFailurePolicy deferralFailurePolicy,
        List<MaterialRequirement> checklist, LocalDate latestDeferralDueOn, List<OutcomeRefusal> refused) {

    /** Copies the lists. */
    public IntakeOptions {
        offered = List.copyOf(offered);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    /** Options without the refusals' reasons. */
    public IntakeOptions(String caseNo, List<IntakeOutcome> offered, LocalDate promisedDueOn,
            LocalDate noticeServiceDueOn, boolean remediesConfigured, DeferralFailurePolicy deferralFailurePolicy,
            List<MaterialRequirement> checklist, LocalDate latestDeferralDueOn) {
        this(caseNo, offered, promisedDueOn, noticeServiceDueOn, remediesConfigured, deferralFailurePolicy, checklist,
                latestDeferralDueOn, null);
    }

    /** Returns why {@code outcome} is not lawful now, or null (offered, or no reason sent). */
    public OutcomeRefusal refusal(IntakeOutcome outcome) {
        return refused.stream().filter(r -> r.outcome() == outcome).findFirst().orElse(null);
    }

    /** Options without the checklist (a server before issue 10's agents sends none). */
    public IntakeOptions(String caseNo, List<IntakeOutcome> offered, LocalDate promisedDueOn,
            LocalDate noticeServiceDueOn, boolean remediesConfigured, DeferralFailurePolicy deferralFailurePolicy) {
        this(caseNo, offered, promisedDueOn, noticeServiceDueOn, remediesConfigured, deferralFailurePolicy, null, null);
    }
}
