package org.yichuang.core.api;

import java.time.LocalDate;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.catalog.SpecialProcedureKind;

/**
 * A request to move a case (办件) along its life: {@code POST /api/cases/{caseNo}/transitions}. Only the fields the
 * action needs are read; the others must be absent.
 *
 * @param idempotencyKey       提交编号: the same key and content answer the stored result, other content 409
 * @param expectedStateVersion the {@code stateVersion} the caller saw; null to skip the check
 * @param reason               理由: required for refusals, withdrawals, extensions, special procedures and the
 *                             supplement notice (its content: every item to supplement, 一次告知)
 * @param kind                 the special procedure (START_SPECIAL_PROCEDURE)
 * @param startedOn            first day of the special procedure (hall date; default today)
 * @param endedOn              last day of the special procedure (END_SPECIAL_PROCEDURE; default today)
 * @param approver             user name of the 负责人 (an enabled SUPERVISOR) who approved an extension
 * @param workingDays          working days of an extension (default 10, 15 for 联合办理)
 * @param supplementDueOn      补正/容缺补交期限 (REQUEST_SUPPLEMENT, ACCEPT_DEFERRED)
 * @param note                 free remark kept with the transition
 */
public record CaseTransitionRequest(CaseAction action, String idempotencyKey, Integer expectedStateVersion,
        String reason, SpecialProcedureKind kind, LocalDate startedOn, LocalDate endedOn, String approver,
        Integer workingDays, LocalDate supplementDueOn, String note) {

    /** A request with only an action and a key. */
    public static CaseTransitionRequest of(CaseAction action, String idempotencyKey) {
        return new CaseTransitionRequest(action, idempotencyKey, null, null, null, null, null, null, null, null, null);
    }

    /** Returns a copy with this reason. */
    public CaseTransitionRequest withReason(String value) {
        return new CaseTransitionRequest(action, idempotencyKey, expectedStateVersion, value, kind, startedOn, endedOn,
                approver, workingDays, supplementDueOn, note);
    }
}
