package org.yichuang.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.core.intake.DeferralFailurePolicy;
import org.yichuang.core.intake.IntakeOutcome;

/** Which documents each intake outcome issues (issue 10 item 8): the rule the server and the client share. */
class NoticeKindTest {

    @Test
    void every_outcome_issues_the_receipt_of_materials_when_materials_were_received() {
        for (IntakeOutcome outcome : IntakeOutcome.values()) {
            assertThat(NoticeKind.issuedOn(outcome)).as(outcome.name()).startsWith(NoticeKind.MATERIAL_RECEIPT);
            assertThat(NoticeKind.issuedOn(outcome, false)).as(outcome.name())
                    .doesNotContain(NoticeKind.MATERIAL_RECEIPT);
        }
    }

    @Test
    void only_an_acceptance_issues_a_document_that_says_accepted() {
        for (IntakeOutcome outcome : IntakeOutcome.values()) {
            boolean accepted = outcome == IntakeOutcome.ACCEPT || outcome == IntakeOutcome.ACCEPT_DEFERRED;
            assertThat(NoticeKind.issuedOn(outcome).stream().anyMatch(NoticeKind::accepts)).as(outcome.name())
                    .isEqualTo(accepted);
        }
    }

    @Test
    void each_outcome_issues_its_own_notice() {
        assertThat(NoticeKind.issuedOn(IntakeOutcome.ACCEPT)).containsExactly(NoticeKind.MATERIAL_RECEIPT,
                NoticeKind.ACCEPTANCE);
        assertThat(NoticeKind.issuedOn(IntakeOutcome.ACCEPT_DEFERRED)).containsExactly(NoticeKind.MATERIAL_RECEIPT,
                NoticeKind.DEFERRAL_PLEDGE, NoticeKind.DEFERRED_ACCEPTANCE);
        assertThat(NoticeKind.issuedOn(IntakeOutcome.NEEDS_SUPPLEMENT)).containsExactly(NoticeKind.MATERIAL_RECEIPT,
                NoticeKind.SUPPLEMENT_NOTICE);
        assertThat(NoticeKind.issuedOn(IntakeOutcome.NOT_COMPETENT)).containsExactly(NoticeKind.MATERIAL_RECEIPT,
                NoticeKind.NOT_COMPETENT);
        assertThat(NoticeKind.issuedOn(IntakeOutcome.APPROVE_ON_SPOT)).containsExactly(NoticeKind.MATERIAL_RECEIPT,
                NoticeKind.APPROVAL_ON_SPOT);
        assertThat(NoticeKind.issuedOn(IntakeOutcome.DECIDE_ON_COMMITMENT))
                .containsExactly(NoticeKind.MATERIAL_RECEIPT, NoticeKind.COMMITMENT_PLEDGE,
                        NoticeKind.COMMITMENT_DECISION);
        assertThat(NoticeKind.issuedOn(IntakeOutcome.CORRECTED_ON_SPOT)).containsExactly(NoticeKind.MATERIAL_RECEIPT);
    }

    @Test
    void every_refusing_outcome_issues_a_document_with_the_remedies() {
        for (IntakeOutcome outcome : IntakeOutcome.values()) {
            if (outcome.refusal()) {
                assertThat(NoticeKind.issuedOn(outcome)).as(outcome.name()).anyMatch(NoticeKind::remedies);
            }
        }
    }

    @Test
    void a_completed_supplement_accepts_a_supplement_case_and_confirms_a_deferred_one() {
        assertThat(NoticeKind.issuedOnSupplementComplete(IntakeOutcome.NEEDS_SUPPLEMENT))
                .containsExactly(NoticeKind.MATERIAL_RECEIPT, NoticeKind.ACCEPTANCE);
        assertThat(NoticeKind.issuedOnSupplementComplete(IntakeOutcome.ACCEPT_DEFERRED))
                .containsExactly(NoticeKind.MATERIAL_RECEIPT, NoticeKind.SUPPLEMENT_COMPLETE);
        assertThatThrownBy(() -> NoticeKind.issuedOnSupplementComplete(IntakeOutcome.ACCEPT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_deferral_failure_policy_has_its_written_notice() {
        Set<NoticeKind> notices = EnumSet.noneOf(NoticeKind.class);
        for (DeferralFailurePolicy policy : DeferralFailurePolicy.values()) {
            NoticeKind kind = NoticeKind.onDeferralFailure(policy);
            assertThat(kind.title()).contains(policy.label().substring(0, 2));
            assertThat(kind.accepts()).isFalse();
            notices.add(kind);
        }
        assertThat(notices).hasSize(DeferralFailurePolicy.values().length);
    }

    @Test
    void titles_are_distinct_and_promises_come_in_two_copies() {
        assertThat(Arrays.stream(NoticeKind.values()).map(NoticeKind::title).distinct())
                .hasSize(NoticeKind.values().length);
        assertThat(NoticeKind.DEFERRAL_PLEDGE.counterparts()).isEqualTo(2);
        assertThat(NoticeKind.DEFERRAL_PLEDGE.counterpartHolder(1)).isEqualTo("窗口留存");
        assertThat(NoticeKind.MATERIAL_RECEIPT.papers()).contains(Paper.A4, Paper.RECEIPT_80MM);
        assertThat(NoticeKind.NOT_COMPETENT.papers()).containsExactly(Paper.A4);
    }
}
