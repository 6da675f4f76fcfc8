package org.yichuang.core.api;

import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.intake.CollectionMethod;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;

/**
 * The intake of a received case: {@code POST /api/cases/{caseNo}/intake}. The server decides with core's
 * {@code IntakeRules} (the client's choice is only a request) and makes the outcome's lifecycle transition.
 *
 * @param idempotencyKey       提交编号, as for transitions
 * @param expectedStateVersion the {@code stateVersion} the clerk saw; null to skip the check
 * @param collectionMethod     领取方式 the applicant chose (issue 10 item 8); null takes the item's first allowed one
 * @see IntakeRequest for the other fields
 */
public record IntakeSubmission(String idempotencyKey, Integer expectedStateVersion, IntakeOutcome outcome,
        List<MaterialCheck> materials, boolean commitmentSigned, boolean genuineIntentAsked, String reason,
        String legalBasis, String competentAuthority, LocalDate supplementDueOn, String correctionNote,
        CollectionMethod collectionMethod) {

    /** Copies the checklist. */
    public IntakeSubmission {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** A submission without a chosen 领取方式 (the item's first allowed one is taken). */
    public IntakeSubmission(String idempotencyKey, Integer expectedStateVersion, IntakeOutcome outcome,
            List<MaterialCheck> materials, boolean commitmentSigned, boolean genuineIntentAsked, String reason,
            String legalBasis, String competentAuthority, LocalDate supplementDueOn, String correctionNote) {
        this(idempotencyKey, expectedStateVersion, outcome, materials, commitmentSigned, genuineIntentAsked, reason,
                legalBasis, competentAuthority, supplementDueOn, correctionNote, null);
    }

    /** Returns a copy with this 领取方式. */
    public IntakeSubmission withCollectionMethod(CollectionMethod method) {
        return new IntakeSubmission(idempotencyKey, expectedStateVersion, outcome, materials, commitmentSigned,
                genuineIntentAsked, reason, legalBasis, competentAuthority, supplementDueOn, correctionNote, method);
    }

    /** A submission of this request under this key. */
    public static IntakeSubmission of(String key, IntakeRequest r) {
        return new IntakeSubmission(key, null, r.outcome(), r.materials(), r.commitmentSigned(),
                r.genuineIntentAsked(), r.reason(), r.legalBasis(), r.competentAuthority(), r.supplementDueOn(),
                r.correctionNote());
    }

    /** Returns what core's rules judge. */
    public IntakeRequest request() {
        return new IntakeRequest(outcome, materials, commitmentSigned, genuineIntentAsked, reason, legalBasis,
                competentAuthority, supplementDueOn, correctionNote);
    }

    /** Returns the content a key stands for (everything but the key). */
    public IntakeSubmission withoutKey() {
        return new IntakeSubmission(null, expectedStateVersion, outcome, materials, commitmentSigned,
                genuineIntentAsked, reason, legalBasis, competentAuthority, supplementDueOn, correctionNote,
                collectionMethod);
    }
}
