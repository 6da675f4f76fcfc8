package org.yichuang.client.cases.detail;

import org.yichuang.core.catalog.SpecialProcedureKind;

/**
 * What the clerk typed for the transitions that need more than a click: 暂停计时 (kind, reason, start date), 恢复计时
 * (end date), 延期 (approver, reason, working days), 不予批准 (reason). Dates are the clerk's text until sent.
 */
public record TransitionForm(SpecialProcedureKind kind, String reason, String startedOn, String endedOn, String approver,
        String workingDays) {

    /** An empty form whose dates default to {@code today} (ISO text). */
    public static TransitionForm empty(String today) {
        return new TransitionForm(null, "", today, today, "", "");
    }

    TransitionForm withKind(SpecialProcedureKind v) {
        return new TransitionForm(v, reason, startedOn, endedOn, approver, workingDays);
    }

    TransitionForm withReason(String v) {
        return new TransitionForm(kind, v, startedOn, endedOn, approver, workingDays);
    }

    TransitionForm withStartedOn(String v) {
        return new TransitionForm(kind, reason, v, endedOn, approver, workingDays);
    }

    TransitionForm withEndedOn(String v) {
        return new TransitionForm(kind, reason, startedOn, v, approver, workingDays);
    }

    TransitionForm withApprover(String v) {
        return new TransitionForm(kind, reason, startedOn, endedOn, v, workingDays);
    }

    TransitionForm withWorkingDays(String v) {
        return new TransitionForm(kind, reason, startedOn, endedOn, approver, v);
    }
}
