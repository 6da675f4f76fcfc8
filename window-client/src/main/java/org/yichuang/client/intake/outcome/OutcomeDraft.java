package org.yichuang.client.intake.outcome;

import org.yichuang.core.intake.IntakeOutcome;

/**
 * The outcome as the clerk is filling it in: the chosen outcome and its extra fields. Immutable.
 *
 * @param dueText supplement due date as typed (yyyy-MM-dd); blank lets the server take the latest lawful day
 */
public record OutcomeDraft(IntakeOutcome outcome, boolean commitmentSigned, boolean genuineIntentAsked, String reason,
        String legalBasis, String competentAuthority, String dueText, String correctionNote) {

    /** Nothing chosen, nothing typed. */
    public static final OutcomeDraft EMPTY = new OutcomeDraft(null, false, false, "", "", "", "", "");

    public OutcomeDraft withOutcome(IntakeOutcome v) {
        return new OutcomeDraft(v, commitmentSigned, genuineIntentAsked, reason, legalBasis, competentAuthority,
                dueText, correctionNote);
    }

    public OutcomeDraft withCommitmentSigned(boolean v) {
        return new OutcomeDraft(outcome, v, genuineIntentAsked, reason, legalBasis, competentAuthority, dueText,
                correctionNote);
    }

    public OutcomeDraft withGenuineIntentAsked(boolean v) {
        return new OutcomeDraft(outcome, commitmentSigned, v, reason, legalBasis, competentAuthority, dueText,
                correctionNote);
    }

    public OutcomeDraft withReason(String v) {
        return new OutcomeDraft(outcome, commitmentSigned, genuineIntentAsked, v, legalBasis, competentAuthority,
                dueText, correctionNote);
    }

    public OutcomeDraft withLegalBasis(String v) {
        return new OutcomeDraft(outcome, commitmentSigned, genuineIntentAsked, reason, v, competentAuthority, dueText,
                correctionNote);
    }

    public OutcomeDraft withCompetentAuthority(String v) {
        return new OutcomeDraft(outcome, commitmentSigned, genuineIntentAsked, reason, legalBasis, v, dueText,
                correctionNote);
    }

    public OutcomeDraft withDueText(String v) {
        return new OutcomeDraft(outcome, commitmentSigned, genuineIntentAsked, reason, legalBasis, competentAuthority,
                v, correctionNote);
    }

    public OutcomeDraft withCorrectionNote(String v) {
        return new OutcomeDraft(outcome, commitmentSigned, genuineIntentAsked, reason, legalBasis, competentAuthority,
                dueText, v);
    }
}
