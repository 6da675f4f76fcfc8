package org.yichuang.server.cases.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import org.yichuang.core.intake.IntakeOutcome;

/** A case_intakes row. */
public record IntakeRow(IntakeOutcome outcome, boolean commitmentSigned, boolean genuineIntentAsked, String reason,
        String legalBasis, String competentAuthority, String remedies, String consequence, String correctionNote,
        LocalDate supplementDueOn, LocalDate noticeServiceDueOn, LocalDate postCheckDueOn, String sealOwner,
        Instant decidedAt) {
}
