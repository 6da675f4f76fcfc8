package org.yichuang.core.intake;

import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.cases.CaseAction;

/**
 * A lawful intake outcome with everything its notice states.
 *
 * @param outstanding        every material still to come, all at once (一次性告知; 容缺 materials)
 * @param supplementDueOn    补正/容缺补交期限
 * @param noticeServiceDueOn latest day to serve the 一次性告知书: 5 working days after receipt (Art. 32(4))
 * @param postCheckDueOn     告知承诺 核查期限
 * @param remedies           the remedies sentence of a refusal (RULES.md §3.3)
 * @param consequence        what a missed supplement leads to (视为撤回 / 撤销受理 / 终止办理)
 * @param transitionReason   the reason written with the lifecycle transition
 */
public record IntakeDecision(IntakeOutcome outcome, List<OutstandingMaterial> outstanding, LocalDate supplementDueOn,
        LocalDate noticeServiceDueOn, LocalDate postCheckDueOn, String remedies, String consequence,
        String transitionReason) {

    /** Copies the list. */
    public IntakeDecision {
        outstanding = List.copyOf(outstanding);
    }

    /** Returns the lifecycle action of the outcome. */
    public CaseAction action() {
        return outcome.action();
    }
}
