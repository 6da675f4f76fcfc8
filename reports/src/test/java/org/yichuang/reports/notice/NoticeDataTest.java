package org.yichuang.reports.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.CaseDueDate;
import org.yichuang.core.api.CaseIntakeView;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.notice.NoticeKind;

/** NoticeData is built by the server from what it stores (issue 10 item 9). */
class NoticeDataTest {

    @Test
    void the_dates_come_from_the_lifecycle_and_the_intake() {
        Instant accepted = Instant.parse("2026-12-07T01:52:00Z");
        CaseLifecycleView lifecycle = new CaseLifecycleView(Notices.CASE_NO, CaseState.ACCEPTED_DEFERRED, "容缺受理", 2,
                CaseKind.PROMISED, Notices.RECEIVED, LocalDate.of(2026, 12, 7), null, null, null, null, accepted,
                AcceptanceBasis.DEFERRED, "容缺受理",
                new CaseDueDate(null, LocalDate.of(2027, 1, 8), false, 3, 20),
                new CaseDueDate(null, LocalDate.of(2026, 12, 21), false, 3, 10), null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of());
        CaseIntakeView intake = new CaseIntakeView(Notices.CASE_NO, IntakeOutcome.ACCEPT_DEFERRED, List.of(),
                Notices.outstanding(), true, false, null, null, null, null, "逾期未补齐的，视为撤回。", null,
                LocalDate.of(2026, 12, 14), null, null, Notices.SEAL_OWNER, accepted);

        NoticeData.Dates dates = NoticeData.Dates.of(lifecycle, intake);

        assertThat(dates.acceptedAt()).isEqualTo(accepted);
        assertThat(dates.expectedCompletion()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(dates.legalDue()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(dates.supplementDue()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(dates.decidedAt()).as("no decision yet: the intake's time").isEqualTo(accepted);
        assertThat(NoticeData.Outcome.of(intake).consequence()).isEqualTo("逾期未补齐的，视为撤回。");
    }

    @Test
    void a_document_needs_its_document_number() {
        NoticeData data = Notices.data(NoticeKind.ACCEPTANCE);
        assertThatThrownBy(() -> data.as(NoticeKind.MATERIAL_RECEIPT, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documentNumber");
        assertThat(data.as(NoticeKind.MATERIAL_RECEIPT, "青秀政务收〔2026〕1号").kind())
                .isEqualTo(NoticeKind.MATERIAL_RECEIPT);
    }

    @Test
    void its_text_form_holds_no_personal_data() {
        NoticeData data = Notices.data(NoticeKind.ACCEPTANCE);
        assertThat(data.toString()).doesNotContain(Notices.NAME, Notices.FULL_ID);
        assertThat(data.applicant().toString()).doesNotContain(Notices.NAME, Notices.FULL_ID, "李娜");
    }
}
