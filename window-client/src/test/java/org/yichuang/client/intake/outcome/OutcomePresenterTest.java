package org.yichuang.client.intake.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.client.intake.materials.ChecklistPresenter;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Debouncer;
import org.yichuang.client.ui.SwingDebouncer;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseReceipt;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SignInRequest;
import org.yichuang.core.intake.IntakeOutcome;

/** The outcome step without a robot: what the server offers, what a refusal points at, keys on retries. */
class OutcomePresenterTest {
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final FakeHallApi api = new FakeHallApi();
    private final List<OutcomePresenter.Decided> decided = new ArrayList<>();
    private ChecklistPresenter checklist;
    private OutcomePresenter outcome;
    private int keys;

    @BeforeEach
    void receiveACase() {
        api.signIn(new SignInRequest(FakeHallApi.CLERK, FakeHallApi.CLERK_PASSWORD, FakeHallApi.COUNTER_NO));
        String code = api.listItems().stream().filter(i -> i.name().equals("企业设立登记")).findFirst().orElseThrow()
                .implementationCode();
        CaseReceipt receipt = api.createCase(new NewCase("k", code, new ApplicantInput("张三", "11010519491231002X",
                null), null));
        checklist = new ChecklistPresenter(api, tasks);
        outcome = new OutcomePresenter(api, tasks, new Messages(Locale.SIMPLIFIED_CHINESE), checklist,
                Debouncer.immediate(),
                () -> "key-" + (++keys), decided::add);
        checklist.start(receipt);
    }

    @Test
    void ticks_in_quick_succession_ask_the_server_once_after_the_checklist_rests() throws Exception {
        AtomicInteger questions = new AtomicInteger();
        BackgroundTasks counting = new BackgroundTasks() {
            @Override
            public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess) {
                return tasks.submit(work, onSuccess);
            }

            @Override
            public <T> TaskHandle submit(Callable<T> work, Consumer<? super T> onSuccess,
                    Consumer<? super Throwable> onFailure) {
                return tasks.submit(work, onSuccess, onFailure);
            }

            @Override
            public <T> TaskHandle submitWaiting(Callable<T> work, Consumer<? super T> onSuccess,
                    Consumer<? super Throwable> onFailure) {
                questions.incrementAndGet();
                return tasks.submit(work, onSuccess, onFailure);
            }

            @Override
            public boolean isBusy() {
                return tasks.isBusy();
            }

            @Override
            public void addListener(TaskListener listener) {
                tasks.addListener(listener);
            }

            @Override
            public void removeListener(TaskListener listener) {
                tasks.removeListener(listener);
            }
        };
        OutcomePresenter[] rested = new OutcomePresenter[1];
        CountDownLatch answered = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            ChecklistPresenter list = new ChecklistPresenter(api, tasks);
            rested[0] = new OutcomePresenter(api, counting, new Messages(Locale.SIMPLIFIED_CHINESE), list,
                    new SwingDebouncer(150),
                    () -> "key", d -> { });
            rested[0].addPropertyChangeListener(OutcomePresenter.Property.OPTIONS_PENDING, e -> {
                if (Boolean.FALSE.equals(e.getNewValue())) {
                    answered.countDown();
                }
            });
            list.start(api.createCase(new NewCase("k2", itemCode(),
                    new ApplicantInput("李四", "11010519491231002X", null), null)));
            list.toggleReceived(0);
            list.toggleReceived(1);
            list.receiveAll();
            // nothing asked yet: the checklist has not rested
            assertThat(questions).hasValue(0);
            assertThat(rested[0].isOptionsPending()).isTrue();
        });
        assertThat(answered.await(10, TimeUnit.SECONDS)).as("options answered within 10 s").isTrue();
        assertThat(questions).as("one question for four changes").hasValue(1);
        SwingUtilities.invokeAndWait(() -> assertThat(rested[0].isOffered(IntakeOutcome.ACCEPT))
                .as("answered for the checklist as it was last").isTrue());
    }

    private String itemCode() {
        return api.listItems().stream().filter(i -> i.name().equals("企业设立登记")).findFirst().orElseThrow()
                .implementationCode();
    }

    private int row(String name) {
        return checklist.rowOf(name);
    }

    @Test
    void the_outcomes_follow_the_checklist_as_the_server_judges_it() {
        assertThat(checklist.lines()).hasSize(7);
        assertThat(outcome.isOffered(IntakeOutcome.ACCEPT)).isFalse();
        assertThat(outcome.isOffered(IntakeOutcome.NEEDS_SUPPLEMENT)).isTrue();
        checklist.receiveAll();
        assertThat(outcome.isOffered(IntakeOutcome.ACCEPT)).isTrue();
        assertThat(outcome.isOffered(IntakeOutcome.NEEDS_SUPPLEMENT)).isFalse();
        // a chosen outcome no longer lawful is dropped: the clerk chooses again
        outcome.choose(IntakeOutcome.ACCEPT);
        checklist.toggleReceived(row("住所（经营场所）使用证明"));
        assertThat(outcome.draft().outcome()).isNull();
        assertThat(outcome.canSubmit()).isFalse();
        // 容缺 only once the 承诺书 is signed; its due date proposed is the latest lawful day
        assertThat(outcome.isOffered(IntakeOutcome.ACCEPT_DEFERRED)).isFalse();
        outcome.edit(outcome.draft().withCommitmentSigned(true));
        outcome.choose(IntakeOutcome.ACCEPT_DEFERRED);
        assertThat(outcome.draft().dueText()).isEqualTo(outcome.options().latestDeferralDueOn().toString());
        outcome.submit();
        assertThat(decided).extracting(OutcomePresenter.Decided::outcome).containsExactly(IntakeOutcome.ACCEPT_DEFERRED);
        assertThat(outcome.canSubmit()).isFalse();
    }

    @Test
    void a_refusal_points_at_the_blank_field_and_a_retry_of_the_same_content_keeps_its_key() {
        outcome.choose(IntakeOutcome.NOT_COMPETENT);
        outcome.submit();
        assertThat(outcome.error().field()).isEqualTo(OutcomeField.REASON);
        assertThat(outcome.error().message()).isEqualTo("请写明不予受理的理由。");
        outcome.edit(outcome.draft().withReason("属于市级权限"));
        outcome.submit();
        assertThat(outcome.error().field()).isEqualTo(OutcomeField.LEGAL_BASIS);
        outcome.submit();   // the same content again: the same key
        assertThat(api.intakeSubmissions()).extracting(s -> s.idempotencyKey()).containsExactly("key-1", "key-2",
                "key-2");
        outcome.edit(outcome.draft().withLegalBasis("行政许可法第三十二条").withCompetentAuthority("市市场监督管理局"));
        outcome.submit();
        assertThat(outcome.error()).isNull();
        assertThat(decided).extracting(OutcomePresenter.Decided::outcome).containsExactly(IntakeOutcome.NOT_COMPETENT);
    }

    @Test
    void a_supplement_due_date_that_is_no_date_or_past_points_at_the_date_and_keeps_the_checklist() {
        checklist.receiveAll();
        checklist.toggleReceived(row("住所（经营场所）使用证明"));
        outcome.choose(IntakeOutcome.NEEDS_SUPPLEMENT);
        outcome.edit(outcome.draft().withDueText("下周五"));
        outcome.submit();
        assertThat(outcome.error().field()).isEqualTo(OutcomeField.DUE_DATE);
        assertThat(api.intakeSubmissions()).isEmpty();
        outcome.edit(outcome.draft().withDueText("2020-01-01"));
        outcome.submit();
        assertThat(outcome.error().field()).isEqualTo(OutcomeField.DUE_DATE);
        assertThat(checklist.checks()).hasSize(7);   // nothing lost
    }

    @Test
    void the_next_applicant_leaves_no_case_no_checklist_and_no_outcome() {
        checklist.receiveAll();
        outcome.choose(IntakeOutcome.ACCEPT);
        outcome.reset();
        checklist.clear();
        assertThat(checklist.receipt()).isNull();
        assertThat(checklist.lines()).isEmpty();
        assertThat(outcome.draft()).isEqualTo(OutcomeDraft.EMPTY);
        assertThat(outcome.options()).isNull();
    }

    @Test
    void asking_for_an_outcome_not_lawful_now_says_why_and_points_at_the_material_without_choosing_it() {
        checklist.receiveAll();
        checklist.toggleReceived(row("住所（经营场所）使用证明"));
        assertThat(outcome.isOffered(IntakeOutcome.ACCEPT)).isFalse();

        outcome.choose(IntakeOutcome.ACCEPT);

        assertThat(outcome.draft().outcome()).isNull();
        assertThat(outcome.error().field()).isEqualTo(OutcomeField.MATERIALS);
        assertThat(outcome.error().material()).isEqualTo("住所（经营场所）使用证明");
        assertThat(outcome.error().message())
                .isEqualTo("申请材料不齐全，不能受理：住所（经营场所）使用证明（未提交）。可一次性告知补正或容缺受理。");
        assertThat(api.intakeSubmissions()).isEmpty();
    }

    @Test
    void a_refusal_for_the_missing_authorisation_points_at_the_authorisation_row() {
        checklist.receiveAll();
        outcome.choose(IntakeOutcome.ACCEPT);
        api.failNextWith(org.yichuang.core.error.ErrorCode.INTAKE_AGENT_AUTHORISATION_MISSING);

        outcome.submit();

        assertThat(outcome.error().field()).isEqualTo(OutcomeField.MATERIALS);
        assertThat(outcome.error().material()).startsWith("授权委托书");
        assertThat(outcome.error().message()).isEqualTo("由代理人办理的，须收取申请人签署的授权委托书后才能受理。");
        assertThat(decided).isEmpty();
    }

    @Test
    void the_collection_method_is_offered_as_the_item_allows_and_sent_with_an_acceptance_but_not_a_refusal() {
        // 企业设立登记: 窗口自取 and 邮寄, handled online too
        assertThat(checklist.collectionMethods()).containsExactly(
                org.yichuang.core.intake.CollectionMethod.WINDOW_PICKUP, org.yichuang.core.intake.CollectionMethod.MAIL,
                org.yichuang.core.intake.CollectionMethod.ONLINE_DOWNLOAD);
        outcome.choose(IntakeOutcome.NOT_COMPETENT);
        outcome.chooseCollection(org.yichuang.core.intake.CollectionMethod.MAIL);
        outcome.submit();
        assertThat(api.intakeSubmissions().get(0).collectionMethod()).as("a refusal collects nothing").isNull();
        outcome.choose(IntakeOutcome.NEEDS_SUPPLEMENT);
        checklist.receiveAll();
        outcome.choose(IntakeOutcome.ACCEPT);
        outcome.submit();
        assertThat(api.intakeSubmissions().get(api.intakeSubmissions().size() - 1).collectionMethod())
                .isEqualTo(org.yichuang.core.intake.CollectionMethod.MAIL);
        assertThat(decided).extracting(OutcomePresenter.Decided::outcome).containsExactly(IntakeOutcome.ACCEPT);
        checklist.clear();
        assertThat(outcome.collection()).as("the next applicant starts from the item's default").isNull();
        assertThat(checklist.collectionMethods()).isEmpty();
    }
}
