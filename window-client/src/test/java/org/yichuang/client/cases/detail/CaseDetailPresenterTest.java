package org.yichuang.client.cases.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yichuang.client.cases.CaseFixture;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.CaseLifecycleView;
import org.yichuang.core.cases.AcceptanceBasis;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.cases.CaseState;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.error.ApiException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.core.staff.Role;

class CaseDetailPresenterTest {
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    private final FakeHallApi api = CaseFixture.signedInClerk().actingWith(Set.of(Role.WINDOW, Role.BACK_OFFICE));
    private final AtomicInteger keys = new AtomicInteger();
    private final List<CaseLifecycleView> changes = new ArrayList<>();

    private CaseDetailPresenter open(String caseNo) {
        CaseDetailPresenter p = new CaseDetailPresenter(api, tasks, messages, () -> "key-" + keys.incrementAndGet(),
                () -> LocalDate.of(2026, 3, 2), caseNo, changes::add);
        p.load();
        return p;
    }

    /** A case the counter accepted at intake (the fake does what the server's /intake does). */
    private String acceptedAtIntake(String name) {
        String caseNo = CaseFixture.newCase(api, name);
        api.acceptAtIntake(caseNo);
        return caseNo;
    }

    @Test
    void a_received_case_shows_receipt_without_acceptance_and_leaves_acceptance_to_intake() {
        CaseDetailPresenter p = open(CaseFixture.newCase(api, "张三"));
        CaseLifecycleView v = p.state().view();
        assertThat(v.receivedAt()).isEqualTo(CaseFixture.NOW);
        assertThat(v.acceptedAt()).isNull();
        // 受理 is decided at intake with the materials checklist (issue 10), never as a bare transition here
        assertThat(p.canTake(CaseAction.ACCEPT)).isFalse();
        assertThat(p.canTake(CaseAction.WITHDRAW)).isTrue();
        assertThat(p.canTake(CaseAction.START_REVIEW)).isFalse();
        assertThat(p.state().explanation().deadlines()).isEmpty();
        assertThat(p.state().explanation().note()).contains("收件不等于受理");
    }

    @Test
    void accept_review_suspend_and_resume_move_the_due_date_and_the_explanation_names_the_stop() {
        CaseDetailPresenter p = open(acceptedAtIntake("张三"));
        LocalDate due = p.state().view().promisedDue().date();
        assertThat(due).isNotNull();
        assertThat(p.state().view().acceptanceBasis()).isEqualTo(AcceptanceBasis.NORMAL);
        p.take(CaseAction.START_REVIEW);
        assertThat(p.state().view().state()).isEqualTo(CaseState.IN_REVIEW);

        p.setKind(SpecialProcedureKind.INSPECTION);
        p.setReason("送检");
        p.setStartedOn("2026-03-03");
        p.take(CaseAction.START_SPECIAL_PROCEDURE);
        assertThat(p.state().view().state()).isEqualTo(CaseState.SPECIAL_PROCEDURE);
        p.setEndedOn("2026-03-09");
        p.take(CaseAction.END_SPECIAL_PROCEDURE);

        CaseLifecycleView after = p.state().view();
        assertThat(after.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(after.suspensions()).hasSize(1);
        assertThat(after.promisedDue().date()).isAfter(due);
        assertThat(String.join("\n", p.state().explanation().deadlines().get(0).lines())).contains("暂停");
        // review, stop, resume: 受理 was made at intake
        assertThat(changes).hasSize(3);
    }

    @Test
    void every_press_sends_a_fresh_idempotency_key() {
        CaseDetailPresenter p = open(acceptedAtIntake("张三"));
        p.take(CaseAction.START_REVIEW);
        p.take(CaseAction.APPROVE);
        assertThat(keys.get()).isEqualTo(2);
    }

    @Test
    void a_refusal_shows_the_servers_message_and_points_at_the_field() {
        CaseDetailPresenter p = open(acceptedAtIntake("张三"));
        p.take(CaseAction.START_REVIEW);
        p.setKind(SpecialProcedureKind.INSPECTION);
        p.take(CaseAction.START_SPECIAL_PROCEDURE);   // no reason
        assertThat(p.state().error()).isEqualTo("请填写暂停计时的理由。");
        assertThat(p.state().errorField()).isEqualTo(FormField.REASON);
        assertThat(p.state().view().state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(p.isBusy()).isFalse();
    }

    @Test
    void an_impossible_date_is_caught_before_asking_the_server() {
        CaseDetailPresenter p = open(acceptedAtIntake("张三"));
        p.take(CaseAction.START_REVIEW);
        p.setKind(SpecialProcedureKind.INSPECTION);
        p.setReason("送检");
        p.setStartedOn("2026-02-30");
        int before = keys.get();
        p.take(CaseAction.START_SPECIAL_PROCEDURE);
        assertThat(p.state().errorField()).isEqualTo(FormField.STARTED_ON);
        assertThat(p.state().error()).contains("2026-03-02");
        assertThat(keys.get()).isEqualTo(before);
    }

    @Test
    void an_action_the_server_does_not_offer_is_disabled_and_ignored() {
        CaseDetailPresenter p = open(CaseFixture.newCase(api, "张三"));
        var action = new TransitionAction.ApproveCaseAction(messages, p);
        assertThat(action.isEnabled()).isFalse();
        p.take(CaseAction.APPROVE);
        assertThat(keys.get()).isZero();
        // 受理 on a received case is intake's (issue 10): the server does not offer it here
        var accept = new TransitionAction.AcceptCaseAction(messages, p);
        assertThat(accept.getValue(javax.swing.Action.NAME)).isEqualTo("受理");
        assertThat(accept.isEnabled()).isFalse();
        p.take(CaseAction.ACCEPT);
        assertThat(keys.get()).isZero();
        CaseDetailPresenter q = open(acceptedAtIntake("李四"));
        var review = new TransitionAction.StartReviewAction(messages, q);
        assertThat(review.isEnabled()).isTrue();
        tasks.hold();
        q.take(CaseAction.START_REVIEW);
        assertThat(review.isEnabled()).isFalse();   // busy
        tasks.runNext();
        tasks.runNext();
        assertThat(review.isEnabled()).isFalse();   // in review: not offered any more
    }

    @Test
    void refusals_point_at_the_field_the_code_or_problem_names() {
        assertThat(CaseDetailPresenter.fieldOf(CaseAction.EXTEND,
                new ApiException(ErrorCode.EXTENSION_APPROVER_INVALID, "x", 400))).isEqualTo(FormField.APPROVER);
        assertThat(CaseDetailPresenter.fieldOf(CaseAction.EXTEND,
                new ApiException(ErrorCode.EXTENSION_BEYOND_LEGAL_MAXIMUM, "x", 400)))
                .isEqualTo(FormField.WORKING_DAYS);
        assertThat(CaseDetailPresenter.fieldOf(CaseAction.END_SPECIAL_PROCEDURE,
                new ApiException(ErrorCode.SUSPENSION_DATES_INVALID, "x", 400))).isEqualTo(FormField.ENDED_ON);
        assertThat(CaseDetailPresenter.fieldOf(CaseAction.START_SPECIAL_PROCEDURE,
                new ApiException(ErrorCode.TRANSITION_DATE_INVALID, "x", 400,
                        List.of(Problem.at("startedOn", ErrorCode.TRANSITION_DATE_INVALID, "x")))))
                .isEqualTo(FormField.STARTED_ON);
        assertThat(CaseDetailPresenter.fieldOf(CaseAction.ACCEPT,
                new ApiException(ErrorCode.TRANSITION_NOT_ALLOWED, "x", 409))).isEqualTo(FormField.NONE);
    }

    // issue 12: the ticket in the case detail

    @Test
    void a_case_received_for_a_ticket_shows_its_number_and_wait_and_one_without_shows_nothing() {
        String withTicket = CaseFixture.newCase(api, "张三");
        api.linkTicket(withTicket, "A012", 12 * 60 + 20);
        String without = CaseFixture.newCase(api, "李四");

        assertThat(open(withTicket).state().ticket()).isEqualTo("取号 A012 · 等候 12 分钟");
        assertThat(open(without).state().ticket()).isNull();
        assertThat(CaseDetailPresenter.ticketText(messages, "B003", 59L)).isEqualTo("取号 B003 · 等候不到 1 分钟");
        assertThat(CaseDetailPresenter.ticketText(messages, "B003", null)).isEqualTo("取号 B003");
    }

    @Test
    void a_failed_ticket_read_leaves_the_line_empty_and_the_case_usable() {
        String caseNo = CaseFixture.newCase(api, "张三");
        api.linkTicket(caseNo, "A012", 600);
        tasks.hold();
        CaseDetailPresenter p = open(caseNo);
        tasks.runNext();   // the lifecycle, which asks for the explanation and the ticket
        tasks.runNext();   // the explanation
        api.failNextWith(ErrorCode.SERVER_UNREACHABLE);
        tasks.runNext();   // the ticket

        assertThat(p.state().view()).isNotNull();
        assertThat(p.state().explanation()).isNotNull();
        assertThat(p.state().ticket()).isNull();
        assertThat(p.state().error()).isNull();
        assertThat(p.isBusy()).isFalse();
        assertThat(tasks.centralFailures()).isEmpty();
    }
}
