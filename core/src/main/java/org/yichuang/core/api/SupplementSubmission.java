package org.yichuang.core.api;

import java.util.List;
import org.yichuang.core.intake.MaterialCheck;

/**
 * Materials an applicant brings back (补正/补齐): {@code POST /api/cases/{caseNo}/supplements}. Each line names an
 * outstanding material of the case, status RECEIVED with its channel and counts; when none is left outstanding the
 * case moves on (补正齐全并受理, or 容缺材料补齐).
 */
public record SupplementSubmission(String idempotencyKey, Integer expectedStateVersion,
        List<MaterialCheck> materials) {

    /** Copies the lines. */
    public SupplementSubmission {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** Returns the content a key stands for (everything but the key). */
    public SupplementSubmission withoutKey() {
        return new SupplementSubmission(null, expectedStateVersion, materials);
    }
}
