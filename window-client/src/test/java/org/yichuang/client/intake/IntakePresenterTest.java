package org.yichuang.client.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.error.ErrorCode;

class IntakePresenterTest {
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final FakeHallApi api = new FakeHallApi();
    private final List<CaseReceipt> opened = new ArrayList<>();
    private final AtomicInteger keys = new AtomicInteger();
    private final List<String> fired = new ArrayList<>();
    private IntakePresenter presenter;
    private CreateCaseAction action;

    @BeforeEach
    void setUp() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        org.yichuang.client.ui.Messages messages = new org.yichuang.client.ui.Messages(Locale.SIMPLIFIED_CHINESE);
        presenter = new IntakePresenter(api, tasks, messages, () -> LocalDate.of(2026, 11, 23),
                () -> "key-" + keys.incrementAndGet(), opened::add);
        action = new CreateCaseAction(messages, presenter);
        presenter.addPropertyChangeListener(e -> fired.add(e.getPropertyName()));
        presenter.loadItems();
    }

    @Test
    void loading_selects_the_first_item_and_the_filter_narrows_by_name_department_or_code() {
        assertThat(presenter.visibleItems()).hasSize(3);
        assertThat(presenter.selectedItem()).isEqualTo(FakeHallApi.ITEMS.get(0));

        presenter.setFilter("市场监督");
        assertThat(presenter.visibleItems()).containsExactly(FakeHallApi.ITEMS.get(1));
        assertThat(presenter.selectedItem()).isEqualTo(FakeHallApi.ITEMS.get(1));

        presenter.setFilter("104004");
        assertThat(presenter.visibleItems()).containsExactly(FakeHallApi.ITEMS.get(2));

        presenter.setFilter("没有这个");
        assertThat(presenter.selectedItem()).isNull();
    }

    @Test
    void a_wrong_check_digit_shows_the_chinese_message_and_keeps_the_action_disabled() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("110105194912310021");

        assertThat(presenter.idError()).isEqualTo("身份证号码校验位不正确，请核对后重新输入。");
        assertThat(action.isEnabled()).isFalse();

        presenter.setIdNumber("11010519491231002X");
        assertThat(presenter.idError()).isNull();
        assertThat(action.isEnabled()).isTrue();
    }

    @Test
    void a_partial_number_is_a_neutral_hint_not_an_error() {
        presenter.setIdNumber("1101051949");

        assertThat(presenter.idError()).isNull();
        assertThat(presenter.idHint()).isEqualTo("已输入 10 位，共 18 位");
        assertThat(presenter.isFormValid()).isFalse();
    }

    @Test
    void a_15_digit_number_is_upgraded_and_shown_upgraded() {
        presenter.setApplicantName("王五");
        presenter.setIdNumber("110105491231002");

        assertThat(presenter.idHint()).contains("11010519491231002X");
        assertThat(presenter.normalizedIdNumber()).isEqualTo("11010519491231002X");
        presenter.normalizeIdNumber();
        assertThat(presenter.idNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void a_name_with_digits_is_refused_and_a_bad_phone_too() {
        presenter.setApplicantName("张3");
        presenter.setPhone("12345");

        assertThat(presenter.nameError()).contains("姓名");
        assertThat(presenter.phoneError()).isEqualTo("联系电话格式不正确：应为11位手机号码或带区号的固定电话。");
    }

    @Test
    void creating_opens_the_receipt_and_clears_the_form_for_the_next_applicant() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        presenter.setPhone("13800138000");

        action.actionPerformed(null);

        assertThat(opened).singleElement().satisfies(r ->
                assertThat(r.caseNo()).matches("\\Q" + FakeHallApi.ITEMS.get(0).implementationCode() + "\\E\\d{8}\\d{4}"));
        assertThat(presenter.lastReceipt()).isEqualTo(opened.get(0));
        assertThat(presenter.applicantName()).isEmpty();
        assertThat(presenter.idNumber()).isEmpty();
        assertThat(action.isEnabled()).isFalse();
        assertThat(api.received().get(0).applicant().phone()).isEqualTo("13800138000");
    }

    @Test
    void a_retry_of_the_same_content_keeps_the_idempotency_key_and_new_content_gets_a_new_one() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        api.failNextWith(ErrorCode.SERVER_UNREACHABLE);
        presenter.createCase();
        assertThat(tasks.centralFailures()).hasSize(1);
        assertThat(opened).isEmpty();

        presenter.createCase();

        assertThat(opened).hasSize(1);
        assertThat(api.received()).extracting(r -> r.idempotencyKey()).containsExactly("key-1");

        presenter.setApplicantName("李四");
        presenter.setIdNumber("440524188001010014");
        presenter.createCase();
        assertThat(api.received()).extracting(r -> r.idempotencyKey()).containsExactly("key-1", "key-2");
    }

    @Test
    void a_changed_form_after_a_failure_gets_a_fresh_key() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        api.failNextWith(ErrorCode.SERVER_UNREACHABLE);
        presenter.createCase();

        presenter.setApplicantName("张三丰");
        presenter.createCase();

        assertThat(api.received()).extracting(r -> r.idempotencyKey()).containsExactly("key-2");
    }

    @Test
    void while_creating_the_action_is_disabled_and_properties_fire_only_on_change() {
        presenter.setApplicantName("张三");
        presenter.setIdNumber("11010519491231002X");
        tasks.hold();
        presenter.createCase();
        assertThat(presenter.isBusy()).isTrue();
        assertThat(action.isEnabled()).isFalse();
        tasks.runNext();
        assertThat(action.isEnabled()).isFalse();   // the form was cleared

        fired.clear();
        presenter.setFilter("");
        presenter.setApplicantName("");
        assertThat(fired).isEmpty();
    }
}
