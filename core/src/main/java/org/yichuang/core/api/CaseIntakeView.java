package org.yichuang.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.OutstandingMaterial;

/**
 * A case's intake as recorded: {@code GET /api/cases/{caseNo}/intake}; what the notices (受理通知书, 容缺受理通知书,
 * 一次性告知书, 不予受理通知书, 材料接收凭证) print.
 *
 * @param materials   the checklist now (supplements update it)
 * @param outstanding the materials still to come, in checklist order
 */
public record CaseIntakeView(String caseNo, IntakeOutcome outcome, List<CaseMaterialView> materials,
        List<OutstandingMaterial> outstanding, boolean commitmentSigned, boolean genuineIntentAsked, String reason,
        String legalBasis, String competentAuthority, String remedies, String consequence, String correctionNote,
        LocalDate supplementDueOn, LocalDate noticeServiceDueOn, LocalDate postCheckDueOn, String sealOwner,
        Instant decidedAt) {
}
