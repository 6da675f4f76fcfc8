package org.yichuang.client.intake.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.intake.IntakePresenter;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.SignInRequest;

/** 查找申请人 (F3, issue 10 item 2): a returning applicant fills the form, and only the applicant it was asked for. */
class ApplicantLookupPresenterTest {
    private static final String NUMBER = "11010519491231002X";

    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final FakeHallApi api = new FakeHallApi();
    private IntakePresenter form;
    private ApplicantLookupPresenter lookups;

    @BeforeEach
    void setUp() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        form = new IntakePresenter(api, tasks, messages, () -> LocalDate.of(2026, 11, 23),
                () -> UUID.randomUUID().toString(), receipt -> { });
        form.loadItems();
        lookups = new ApplicantLookupPresenter(api, tasks, messages, form);
        // 张三 was here before: a case of theirs is on record
        form.setApplicantName("张三");
        form.setIdNumber(NUMBER);
        form.setPhone("13800138000");
        form.createCase();
        assertThat(form.lastReceipt()).isNotNull();
        form.nextApplicant();
    }

    @Test
    void a_returning_applicant_is_found_by_the_document_and_fills_the_name_and_phone() {
        form.setIdNumber(NUMBER);
        lookups.lookUp();

        assertThat(form.applicantName()).isEqualTo("张三");
        assertThat(form.phone()).isEqualTo("13800138000");
        assertThat(lookups.message()).isNotBlank();
    }

    @Test
    void an_answer_arriving_after_the_next_applicant_was_called_fills_nothing() {
        form.setIdNumber(NUMBER);
        tasks.hold();
        lookups.lookUp();
        form.nextApplicant();

        tasks.runNext();

        assertThat(form.applicantName()).isEmpty();
        assertThat(form.idNumber()).isEmpty();
        assertThat(form.phone()).isEmpty();
        assertThat(lookups.message()).isNull();
    }

    @Test
    void an_answer_for_a_number_since_changed_fills_nothing() {
        form.setIdNumber(NUMBER);
        tasks.hold();
        lookups.lookUp();
        form.setIdNumber("110105194912310021".substring(0, 17));

        tasks.runNext();

        assertThat(form.applicantName()).isEmpty();
        assertThat(form.phone()).isEmpty();
    }
}
