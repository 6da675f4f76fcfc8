package org.yichuang.core.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * What the clerk submits at the end of intake: the checklist, the chosen outcome and what that outcome needs.
 *
 * @param materials          one line per material of the item version (may be empty for a refusal)
 * @param commitmentSigned   the applicant signed the 容缺受理承诺书 (ACCEPT_DEFERRED) or the 告知承诺书
 *                           (DECIDE_ON_COMMITMENT)
 * @param genuineIntentAsked the clerk asked and recorded whether it is the applicant's genuine intent (老年人权益保障法
 *                           Art. 55), on items that require it
 * @param reason             理由 of a refusal
 * @param legalBasis         法律依据 of a refusal
 * @param competentAuthority 有权机关 the applicant should turn to (NOT_COMPETENT)
 * @param supplementDueOn    补正期限 (NEEDS_SUPPLEMENT, required) or 容缺补交期限 (ACCEPT_DEFERRED; default the latest
 *                           lawful day)
 * @param correctionNote     what was corrected on the spot (CORRECTED_ON_SPOT)
 */
public record IntakeRequest(IntakeOutcome outcome, List<MaterialCheck> materials, boolean commitmentSigned,
        boolean genuineIntentAsked, String reason, String legalBasis, String competentAuthority,
        LocalDate supplementDueOn, String correctionNote) {

    /** Copies the checklist. */
    public IntakeRequest {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** A request with only an outcome and a checklist. */
    public static IntakeRequest of(IntakeOutcome outcome, List<MaterialCheck> materials) {
        return new IntakeRequest(outcome, materials, false, false, null, null, null, null, null);
    }

    /** Returns a copy with the commitment letter signed or not. */
    public IntakeRequest withCommitment(boolean signed) {
        return new IntakeRequest(outcome, materials, signed, genuineIntentAsked, reason, legalBasis,
                competentAuthority, supplementDueOn, correctionNote);
    }

    /** Returns a copy with the genuine-intent question recorded or not. */
    public IntakeRequest withIntentAsked(boolean asked) {
        return new IntakeRequest(outcome, materials, commitmentSigned, asked, reason, legalBasis,
                competentAuthority, supplementDueOn, correctionNote);
    }

    /** Returns a copy with the refusal's texts. */
    public IntakeRequest withRefusal(String why, String basis, String authority) {
        return new IntakeRequest(outcome, materials, commitmentSigned, genuineIntentAsked, why, basis, authority,
                supplementDueOn, correctionNote);
    }

    /** Returns a copy with this supplement due date. */
    public IntakeRequest withSupplementDueOn(LocalDate due) {
        return new IntakeRequest(outcome, materials, commitmentSigned, genuineIntentAsked, reason, legalBasis,
                competentAuthority, due, correctionNote);
    }

    /** Returns a copy with this correction note. */
    public IntakeRequest withCorrectionNote(String note) {
        return new IntakeRequest(outcome, materials, commitmentSigned, genuineIntentAsked, reason, legalBasis,
                competentAuthority, supplementDueOn, note);
    }
}
