package org.yichuang.server.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.CaseTransitionRequest;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.SpecialProcedureKind;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * The case lifecycle through the API on the demo hall (Asia/Shanghai) and item 公共场所卫生许可证核发 (法定 20, 承诺 5
 * working days), with the shipped 2025 calendar. The clock starts on Friday 2025-09-26, 10:00 in the hall. The
 * outcomes decided on receipt (受理, 补正告知, 不予受理, ...) go through {@code /intake} with a checklist (issue 10);
 * {@code /transitions} refuses them.
 */
class LifecycleApiTest {
    private static final Instant FRIDAY_0926 = Instant.parse("2025-09-26T02:00:00Z");

    private final MutableClock clock = new MutableClock(FRIDAY_0926);
    private TestServer server;
    private ApiClient api;
    private String window;
    private String backOffice;
    private String release;
    private String supervisor;

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        // the demo catalog is seeded as in force from its seeding day; these cases are received in 2025
        server.jdbi().useHandle(h -> h.execute("UPDATE service_item_versions SET effective_from = '2024-01-01'"));
        api = new ApiClient(server.baseUrl());
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
        backOffice = api.signIn(server.username(Role.BACK_OFFICE), server.password(Role.BACK_OFFICE), null);
        release = api.signIn(server.username(Role.RELEASE), server.password(Role.RELEASE), null);
        supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Moves the clock and signs everyone in again (sessions last 12 hours). */
    private void later(Duration duration) {
        clock.advance(duration);
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
        backOffice = api.signIn(server.username(Role.BACK_OFFICE), server.password(Role.BACK_OFFICE), null);
        release = api.signIn(server.username(Role.RELEASE), server.password(Role.RELEASE), null);
        supervisor = api.signIn(server.username(Role.SUPERVISOR), server.password(Role.SUPERVISOR), null);
    }

    private String newCase(String itemCode) {
        Response r = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(), itemCode,
                new ApplicantInput("张三", "11010519491231002X", null), null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    private String newCase() {
        return newCase(server.anyItemCode());
    }

    private static CaseTransitionRequest act(CaseAction action) {
        return CaseTransitionRequest.of(action, UUID.randomUUID().toString());
    }

    private static CaseTransitionRequest act(CaseAction action, String reason) {
        return act(action).withReason(reason);
    }

    private Response post(String token, String caseNo, Object request) {
        return api.postJson("/api/cases/" + caseNo + "/transitions", token, request);
    }

    /**
     * Makes the transition and returns the new view; fails the test when it is refused, or when the answer differs
     * from what reading the case afterwards shows (the answer is built without reading the case back).
     */
    private JsonNode ok(String token, String caseNo, Object request) {
        Response r = post(token, caseNo, request);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json()).as("answer = case as stored").isEqualTo(lifecycle(token, caseNo));
        return r.json();
    }

    private JsonNode lifecycle(String token, String caseNo) {
        Response r = api.get("/api/cases/" + caseNo + "/lifecycle", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private int count(String sql, String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).bind("no", caseNo).mapTo(Integer.class).one());
    }

    private String text(String sql) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    /** Everything a refused transition could have touched. */
    private List<Map<String, Object>> snapshot(String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT k.*, "
                + "(SELECT count(*) FROM case_transitions t WHERE t.case_id = k.id) AS transitions, "
                + "(SELECT count(*) FROM case_suspensions s WHERE s.case_id = k.id) AS suspensions, "
                + "(SELECT coalesce(max(s.ended_on::text), '') FROM case_suspensions s WHERE s.case_id = k.id) AS ends, "
                + "(SELECT count(*) FROM case_extensions e WHERE e.case_id = k.id) AS extensions, "
                + "(SELECT count(*) FROM case_deadline_history d WHERE d.case_id = k.id) AS history, "
                + "(SELECT count(*) FROM audit_log a WHERE a.subject = k.case_no AND a.action LIKE 'CASE_TRANS%') "
                + "AS audited FROM cases k WHERE k.case_no = :no").bind("no", caseNo).mapToMap().list());
    }

    private void assertRefused(String token, String caseNo, Object request, int status, String code) {
        List<Map<String, Object>> before = snapshot(caseNo);
        Response r = post(token, caseNo, request);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.code()).as(r.body()).isEqualTo(code);
        assertThat(snapshot(caseNo)).as("nothing changed").isEqualTo(before);
    }

    private ServiceItem itemOf(String caseNo) {
        String code = server.jdbi().withHandle(h -> h.createQuery("SELECT i.implementation_code FROM cases k "
                + "JOIN service_items i ON i.id = k.item_id WHERE k.case_no = :no").bind("no", caseNo)
                .mapTo(String.class).one());
        return server.demoCatalog().items().stream().filter(i -> i.implementationCode().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The case's whole checklist: every required material received on paper, the conditional ones not applicable. */
    private List<MaterialCheck> allIn(String caseNo) {
        return itemOf(caseNo).materials().stream().map(m -> m.required() ? MaterialCheck.received(m.name(), 1, 1, 2)
                : MaterialCheck.notApplicable(m.name())).toList();
    }

    /** The checklist with the last required material missing. */
    private List<MaterialCheck> lacking(String caseNo) {
        List<MaterialRequirement> materials = itemOf(caseNo).materials();
        String missing = materials.stream().filter(MaterialRequirement::required).reduce((a, b) -> b).orElseThrow()
                .name();
        return allIn(caseNo).stream().map(c -> c.name().equals(missing) ? MaterialCheck.missing(missing) : c).toList();
    }

    private static IntakeSubmission submission(IntakeRequest request) {
        return IntakeSubmission.of(UUID.randomUUID().toString(), request.withIntentAsked(true));
    }

    private Response postIntake(String caseNo, IntakeSubmission submission) {
        return api.postJson("/api/cases/" + caseNo + "/intake", window, submission);
    }

    /** The intake outcome through {@code /intake}; checked as {@link #ok} checks a transition. */
    private JsonNode intake(String caseNo, IntakeRequest request) {
        Response r = postIntake(caseNo, submission(request));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json()).as("answer = case as stored").isEqualTo(lifecycle(window, caseNo));
        return r.json();
    }

    /** 受理 with every material in. */
    private JsonNode accept(String caseNo) {
        return intake(caseNo, IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(caseNo)));
    }

    /** 一次性告知补正 of the last required material, due on {@code due}. */
    private JsonNode requestSupplement(String caseNo, LocalDate due) {
        return intake(caseNo, IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, lacking(caseNo))
                .withSupplementDueOn(due));
    }

    /** 容缺受理 on 营业性演出许可 with its deferrable 演出器材设备清单 missing and the promise signed. */
    private JsonNode acceptDeferred(String caseNo, LocalDate due) {
        List<MaterialCheck> lines = allIn(caseNo).stream().map(c -> c.name().equals("演出器材设备清单")
                ? MaterialCheck.missing(c.name()) : c).toList();
        return intake(caseNo, IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, lines).withCommitment(true)
                .withSupplementDueOn(due));
    }

    private void assertIntakeRefused(String caseNo, IntakeSubmission submission, int status, String code) {
        List<Map<String, Object>> before = snapshot(caseNo);
        Response r = postIntake(caseNo, submission);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.code()).as(r.body()).isEqualTo(code);
        assertThat(snapshot(caseNo)).as("nothing changed").isEqualTo(before);
    }

    private JsonNode inReview(String caseNo) {
        accept(caseNo);
        return ok(backOffice, caseNo, act(CaseAction.START_REVIEW));
    }

    private CaseTransitionRequest extend(String approver, Integer days) {
        return new CaseTransitionRequest(CaseAction.EXTEND, UUID.randomUUID().toString(), null, "需要补充调查",
                null, null, null, approver, days, null, null);
    }

    private static CaseTransitionRequest startProcedure(SpecialProcedureKind kind, LocalDate on) {
        return new CaseTransitionRequest(CaseAction.START_SPECIAL_PROCEDURE, UUID.randomUUID().toString(), null,
                "需组织专家评审", kind, on, null, null, null, null, null);
    }

    private static CaseTransitionRequest endProcedure(LocalDate on) {
        return new CaseTransitionRequest(CaseAction.END_SPECIAL_PROCEDURE, UUID.randomUUID().toString(), null, null,
                null, null, on, null, null, null, null);
    }

    private static CaseTransitionRequest withSupplementDue(CaseAction action, String reason, LocalDate due) {
        return new CaseTransitionRequest(action, UUID.randomUUID().toString(), null, reason, null, null, null, null,
                null, due, null);
    }

    @Test
    void a_new_case_is_received_not_accepted_and_its_notice_period_ends_five_working_days_later() {
        JsonNode view = lifecycle(window, newCase());

        assertThat(view.path("state").asText()).isEqualTo("RECEIVED");
        assertThat(view.path("stateLabel").asText()).isEqualTo("已收件");
        assertThat(view.path("receivedAt").asText()).isEqualTo("2025-09-26T02:00:00Z");
        assertThat(view.path("receivedOn").asText()).isEqualTo("2025-09-26");
        assertThat(view.path("acceptedAt").isNull()).isTrue();
        assertThat(view.path("legalDue").isNull()).isTrue();
        // RULES.md §6.5: received 2025-09-26 → notice due 2025-10-10, to 24:00 in Shanghai
        assertThat(view.path("supplementNoticeDueAt").asText()).isEqualTo("2025-10-10T16:00:00Z");
        // 受理, 补正告知 and the other outcomes on receipt are made at /intake with a checklist, never offered here
        assertThat(view.path("availableActions").findValuesAsText("action")).contains("WITHDRAW")
                .doesNotContain("ACCEPT", "REQUEST_SUPPLEMENT", "DEEM_ACCEPTED", "START_REVIEW");
    }

    @Test
    void acceptance_fixes_the_statutory_and_promised_due_dates_from_the_item_version_and_the_calendar() {
        String caseNo = newCase();
        clock.advance(Duration.ofHours(1));

        JsonNode view = accept(caseNo);

        assertThat(view.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(view.path("stateVersion").asInt()).isEqualTo(1);
        assertThat(view.path("acceptedAt").asText()).isEqualTo("2025-09-26T03:00:00Z");
        assertThat(view.path("receivedAt").asText()).isEqualTo("2025-09-26T02:00:00Z");
        assertThat(view.path("acceptanceBasis").asText()).isEqualTo("NORMAL");
        // 20 WD from Fri 2025-09-26: counts Sun 09-28 and Sat 10-11, skips 10-01…10-08 (§6.5)
        assertThat(view.path("legalDue").path("date").asText()).isEqualTo("2025-10-30");
        assertThat(view.path("legalDue").path("at").asText()).isEqualTo("2025-10-30T16:00:00Z");
        assertThat(view.path("legalDue").path("calendarVersion").asInt()).isEqualTo(1);
        assertThat(view.path("legalDue").path("provisional").asBoolean()).isFalse();
        assertThat(view.path("legalDue").path("remainingWorkingDays").asInt()).isEqualTo(20);
        assertThat(view.path("promisedDue").path("date").asText()).isEqualTo("2025-10-10");
        assertThat(text("SELECT calendar_version::text FROM case_clocks")).isEqualTo("1");
    }

    @Test
    void a_transition_writes_the_cases_new_alert_level_with_it_and_one_event_for_its_clerk_when_it_changes() {
        // 5 WD left at acceptance: at the warning threshold of this hall from the first day
        server.jdbi().useHandle(h -> h.execute("UPDATE halls SET warning_working_days = 5"));
        String caseNo = newCase();
        clock.advance(Duration.ofHours(1));

        JsonNode accepted = accept(caseNo);
        clock.advance(Duration.ofHours(1));
        JsonNode reviewing = ok(backOffice, caseNo, act(CaseAction.START_REVIEW));

        assertThat(accepted.path("alertLevel").asText()).isEqualTo("WARNING");
        assertThat(reviewing.path("alertLevel").asText()).isEqualTo("WARNING");
        assertThat(text("SELECT alert_level || ' ' || alert_changed_at::timestamptz AT TIME ZONE 'UTC' FROM cases"))
                .isEqualTo("WARNING 2025-09-26 03:00:00");
        // one event (the level changed once), for the clerk who received the case, not for whoever made the change
        assertThat(text("SELECT string_agg(e.old_level || '>' || e.new_level || ' ' || s.username || ' ' || e.reason,"
                + " '; ') FROM alert_events e JOIN staff s ON s.id = e.staff_id"))
                .isEqualTo("NONE>WARNING " + server.username(Role.WINDOW) + " 距承诺办结期限（2025-10-10）还剩 5 个工作日");
    }

    @Test
    void a_case_goes_from_receipt_through_supplement_review_extension_and_procedure_to_delivery() {
        String caseNo = newCase();
        LocalDate today = LocalDate.of(2025, 9, 26);

        intake(caseNo, IntakeRequest.of(IntakeOutcome.CORRECTED_ON_SPOT, allIn(caseNo))
                .withCorrectionNote("申请表地址笔误，已由申请人当场更正"));
        JsonNode notice = requestSupplement(caseNo, today.plusDays(10));
        assertThat(notice.path("state").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(notice.path("supplementNoticeServedAt").asText()).isEqualTo("2025-09-26T02:00:00Z");
        assertThat(notice.path("supplementDueAt").asText()).isEqualTo("2025-10-06T16:00:00Z");
        later(Duration.ofDays(3));   // Mon 09-29
        JsonNode accepted = ok(window, caseNo, act(CaseAction.COMPLETE_SUPPLEMENT));
        assertThat(accepted.path("acceptanceBasis").asText()).isEqualTo("AFTER_SUPPLEMENT");
        assertThat(accepted.path("supplementCompletedAt").asText()).isEqualTo("2025-09-29T02:00:00Z");
        // accepted Mon 09-29: 20 WD count 09-30, 10-09, 10-10, Sat 10-11 … and end on Mon 11-03
        assertThat(accepted.path("legalDue").path("date").asText()).isEqualTo("2025-11-03");
        ok(backOffice, caseNo, act(CaseAction.START_REVIEW));
        JsonNode extended = ok(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), null));
        assertThat(extended.path("state").asText()).isEqualTo("EXTENDED");
        // +10 WD moves the statutory date only; the promised one is the hall's published commitment
        assertThat(extended.path("legalDue").path("date").asText()).isEqualTo("2025-11-17");
        assertThat(extended.path("promisedDue").path("date").asText()).isEqualTo("2025-10-13");
        assertThat(extended.path("extensions").get(0).path("approverName").asText()).isNotBlank();
        ok(backOffice, caseNo, startProcedure(SpecialProcedureKind.EXPERT_REVIEW, LocalDate.of(2025, 9, 29)));
        later(Duration.ofDays(2));   // Wed 10-01
        JsonNode resumed = ok(backOffice, caseNo, endProcedure(LocalDate.of(2025, 9, 30)));
        assertThat(resumed.path("state").asText()).isEqualTo("EXTENDED");
        // the stop covered Tue 09-30, one working day: both dates move by one
        assertThat(resumed.path("legalDue").path("date").asText()).isEqualTo("2025-11-18");
        assertThat(resumed.path("promisedDue").path("date").asText()).isEqualTo("2025-10-14");
        assertThat(resumed.path("suspensions").get(0).path("kindLabel").asText()).isEqualTo("专家评审");
        // the extension and the end of the procedure moved the dates; its start on the day of review did not
        assertThat(resumed.path("deadlineHistory")).hasSize(2);
        JsonNode approved = ok(backOffice, caseNo, act(CaseAction.APPROVE));
        assertThat(approved.path("decidedAt").asText()).isEqualTo("2025-10-01T02:00:00Z");
        assertThat(approved.path("legalDue").path("remainingWorkingDays").isNull()).isTrue();
        JsonNode delivered = ok(release, caseNo, act(CaseAction.DELIVER));
        assertThat(delivered.path("state").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.path("deliveredAt").asText()).isEqualTo("2025-10-01T02:00:00Z");
        assertThat(delivered.path("availableActions")).isEmpty();
        assertThat(text("SELECT string_agg(action, ',' ORDER BY id) FROM case_transitions")).isEqualTo("CORRECT_ON_SPOT,REQUEST_SUPPLEMENT,"
                + "COMPLETE_SUPPLEMENT,START_REVIEW,EXTEND,START_SPECIAL_PROCEDURE,END_SPECIAL_PROCEDURE,APPROVE,"
                + "DELIVER");
    }

    @Test
    void every_other_action_reaches_its_state_through_the_api() {
        LocalDate today = LocalDate.of(2025, 9, 26);
        // 营业性演出许可 (承诺 10 working days) allows 容缺; 公共场所卫生许可 (人身健康) no longer does (issue 10)
        String performance = "11450128MB1606880Y4000101122000";
        String deferred = newCase(performance);
        JsonNode d = acceptDeferred(deferred, today.plusDays(3));
        assertThat(d.path("acceptanceBasis").asText()).isEqualTo("DEFERRED");
        assertThat(ok(window, deferred, act(CaseAction.REVOKE_ACCEPTANCE, "逾期未补交")).path("state").asText())
                .isEqualTo("ACCEPTANCE_REVOKED");
        String deferred2 = newCase(performance);
        acceptDeferred(deferred2, today.plusDays(3));
        assertThat(ok(window, deferred2, act(CaseAction.TERMINATE, "承诺不实")).path("state").asText())
                .isEqualTo("TERMINATED");
        String rejected = newCase();
        requestSupplement(rejected, today.plusDays(5));
        assertThat(ok(window, rejected, act(CaseAction.REJECT, "补正后仍不符合法定形式")).path("state").asText())
                .isEqualTo("REJECTED");
        String withdrawn = newCase();
        assertThat(ok(window, withdrawn, act(CaseAction.WITHDRAW, "申请人撤回")).path("decidedAt").asText())
                .isEqualTo("2025-09-26T02:00:00Z");
        assertThat(intake(newCase(), IntakeRequest.of(IntakeOutcome.NOT_REQUIRED, List.of())
                .withRefusal("无需许可", "《中华人民共和国行政许可法》第十二条", null)).path("state").asText())
                .isEqualTo("NOT_REQUIRED");
        server.jdbi().useHandle(h -> h.execute(
                "UPDATE halls SET reconsideration_body = '示范县人民政府', court = '示范县人民法院'"));
        assertThat(intake(newCase(), IntakeRequest.of(IntakeOutcome.NOT_COMPETENT, List.of())
                .withRefusal("属市级权限", "《中华人民共和国行政许可法》第三十二条第一款第二项", "南宁市行政审批局"))
                .path("state").asText()).isEqualTo("NOT_COMPETENT");
        // 教师资格认定 allows 告知承诺
        String commitment = newCase("11450128MB1605140U4000707092000");
        JsonNode c = intake(commitment, IntakeRequest.of(IntakeOutcome.DECIDE_ON_COMMITMENT, allIn(commitment))
                .withCommitment(true));
        assertThat(c.path("acceptanceBasis").asText()).isEqualTo("COMMITMENT");
        assertThat(ok(window, commitment, act(CaseAction.DELIVER)).path("state").asText()).isEqualTo("DELIVERED");
        String refused = newCase();
        inReview(refused);
        assertThat(ok(backOffice, refused, act(CaseAction.REFUSE, "不符合卫生条件")).path("state").asText())
                .isEqualTo("REFUSED");
        String terminated = newCase();
        inReview(terminated);
        assertThat(ok(backOffice, terminated, act(CaseAction.TERMINATE, "申请人死亡")).path("state").asText())
                .isEqualTo("TERMINATED");
    }

    @Test
    void an_immediate_item_is_decided_at_the_counter_on_receipt() {
        String code = server.demoCatalog().items().stream()
                .filter(i -> i.caseKind() == org.yichuang.core.catalog.CaseKind.IMMEDIATE).findFirst().orElseThrow()
                .implementationCode();
        String caseNo = newCase(code);

        JsonNode view = intake(caseNo, IntakeRequest.of(IntakeOutcome.APPROVE_ON_SPOT, allIn(caseNo)));

        assertThat(view.path("state").asText()).isEqualTo("APPROVED");
        assertThat(view.path("acceptedAt").asText()).isEqualTo(view.path("decidedAt").asText());
        assertRefused(window, newCase(), act(CaseAction.APPROVE), 409, "TRANSITION_NOT_ALLOWED");
    }

    @Test
    void a_replay_with_the_same_key_and_content_answers_the_stored_result_byte_for_byte() {
        String caseNo = newCase();
        IntakeSubmission accept = submission(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(caseNo)));
        Response first = postIntake(caseNo, accept);
        clock.advance(Duration.ofMinutes(5));

        Response again = postIntake(caseNo, accept);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(lifecycle(window, caseNo).path("stateVersion").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_TRANSITION_REPEATED' AND subject = :no",
                caseNo)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_other_content_answers_409_and_changes_nothing() {
        String caseNo = newCase();
        String other = newCase();
        IntakeSubmission accept = submission(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(caseNo)));
        assertThat(postIntake(caseNo, accept).status()).isEqualTo(200);

        assertRefused(window, caseNo, new CaseTransitionRequest(CaseAction.WITHDRAW, accept.idempotencyKey(), null,
                "撤回", null, null, null, null, null, null, null), 409, "IDEMPOTENCY_CONFLICT");
        assertIntakeRefused(other, accept, 409, "IDEMPOTENCY_CONFLICT");
    }

    @Test
    void a_transition_not_allowed_from_the_state_answers_409_with_a_stable_code_and_changes_nothing() {
        String caseNo = newCase();

        assertRefused(backOffice, caseNo, act(CaseAction.START_REVIEW), 409, "TRANSITION_NOT_ALLOWED");
        assertRefused(backOffice, caseNo, act(CaseAction.APPROVE), 409, "TRANSITION_NOT_ALLOWED");
        accept(caseNo);
        assertRefused(window, caseNo, act(CaseAction.ACCEPT), 409, "TRANSITION_NOT_ALLOWED");
        assertRefused(window, caseNo, act(CaseAction.DEEM_ACCEPTED), 409, "TRANSITION_NOT_ALLOWED");
    }

    @Test
    void a_role_the_table_does_not_name_answers_403_and_changes_nothing() {
        String caseNo = newCase();
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);

        assertRefused(supervisor, caseNo, act(CaseAction.ACCEPT), 403, "TRANSITION_ROLE_FORBIDDEN");
        assertRefused(backOffice, caseNo, act(CaseAction.ACCEPT), 403, "TRANSITION_ROLE_FORBIDDEN");
        assertRefused(window, caseNo, act(CaseAction.DEEM_ACCEPTED), 403, "TRANSITION_ROLE_FORBIDDEN");
        assertRefused(admin, caseNo, act(CaseAction.ACCEPT), 403, "FORBIDDEN");
        accept(caseNo);
        assertRefused(window, caseNo, act(CaseAction.START_REVIEW), 403, "TRANSITION_ROLE_FORBIDDEN");
    }

    @Test
    void a_stale_state_version_answers_409_and_the_current_one_goes_through() {
        String caseNo = newCase();
        accept(caseNo);

        assertRefused(backOffice, caseNo, new CaseTransitionRequest(CaseAction.START_REVIEW,
                UUID.randomUUID().toString(), 0, null, null, null, null, null, null, null, null), 409,
                "CASE_STATE_VERSION_CONFLICT");
        assertThat(ok(backOffice, caseNo, new CaseTransitionRequest(CaseAction.START_REVIEW,
                UUID.randomUUID().toString(), 1, null, null, null, null, null, null, null, null))
                .path("stateVersion").asInt()).isEqualTo(2);
    }

    @Test
    void the_outcomes_of_intake_sent_as_bare_transitions_are_refused_and_change_nothing() {
        String caseNo = newCase();
        String immediate = newCase(server.demoCatalog().items().stream()
                .filter(i -> i.caseKind() == org.yichuang.core.catalog.CaseKind.IMMEDIATE).findFirst().orElseThrow()
                .implementationCode());

        // well-formed requests: before issue 10 each of them moved the case without any checklist
        assertRefused(window, caseNo, act(CaseAction.ACCEPT), 409, "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, caseNo, withSupplementDue(CaseAction.ACCEPT_DEFERRED, null, LocalDate.of(2025, 9, 29)),
                409, "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, caseNo, withSupplementDue(CaseAction.REQUEST_SUPPLEMENT, "缺材料",
                LocalDate.of(2025, 10, 6)), 409, "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, caseNo, act(CaseAction.CORRECT_ON_SPOT, "笔误"), 409, "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, caseNo, act(CaseAction.DECLARE_NOT_REQUIRED, "无需许可"), 409,
                "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, caseNo, act(CaseAction.DECLARE_NOT_COMPETENT, "属市级权限"), 409,
                "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, caseNo, act(CaseAction.DECIDE_ON_COMMITMENT), 409, "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, immediate, act(CaseAction.APPROVE), 409, "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, immediate, act(CaseAction.REFUSE, "不符合条件"), 409, "TRANSITION_REQUIRES_INTAKE");
        assertRefused(window, caseNo, act(null), 400, "FIELD_REQUIRED");
        Response r = post(window, caseNo, act(CaseAction.ACCEPT));
        assertThat(r.json().path("message").asText()).contains("/api/cases/" + caseNo + "/intake");
        // the same case at /intake: the rules judge the checklist (a missing material is no acceptance)
        assertIntakeRefused(caseNo, submission(IntakeRequest.of(IntakeOutcome.ACCEPT, lacking(caseNo))), 400,
                "INTAKE_MATERIAL_MISSING");
        assertThat(accept(caseNo).path("state").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_supplement_notice_after_the_five_working_days_is_refused_because_the_case_is_deemed_accepted() {
        String caseNo = newCase();
        later(Duration.ofDays(15));   // 2025-10-11, after the notice period (ended 10-10 24:00)

        assertIntakeRefused(caseNo, submission(IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, lacking(caseNo))
                .withSupplementDueOn(LocalDate.of(2025, 10, 20))), 409, "SUPPLEMENT_NOTICE_PERIOD_PASSED");
    }

    @Test
    void a_suspension_that_overlaps_is_inverted_early_late_or_of_a_kind_the_item_has_not_is_refused() {
        String caseNo = newCase();
        inReview(caseNo);
        later(Duration.ofDays(5));   // Wed 10-01

        assertRefused(backOffice, caseNo, startProcedure(SpecialProcedureKind.SITE_SURVEY, null), 400,
                "SUSPENSION_KIND_NOT_ALLOWED");   // on the item, but its time counts
        assertRefused(backOffice, caseNo, startProcedure(SpecialProcedureKind.TECHNICAL_REVIEW, null), 400,
                "SUSPENSION_KIND_NOT_ALLOWED");   // not on the item
        assertRefused(backOffice, caseNo, startProcedure(SpecialProcedureKind.HEARING, LocalDate.of(2025, 9, 25)),
                400, "SUSPENSION_DATES_INVALID");   // before acceptance
        assertRefused(backOffice, caseNo, startProcedure(SpecialProcedureKind.HEARING, LocalDate.of(2025, 10, 2)),
                400, "SUSPENSION_DATES_INVALID");   // in the future
        ok(backOffice, caseNo, startProcedure(SpecialProcedureKind.BIDDING, LocalDate.of(2025, 9, 29)));
        assertRefused(backOffice, caseNo, endProcedure(LocalDate.of(2025, 9, 28)), 400, "SUSPENSION_DATES_INVALID");
        ok(backOffice, caseNo, endProcedure(LocalDate.of(2025, 9, 30)));
        assertRefused(backOffice, caseNo, startProcedure(SpecialProcedureKind.AUCTION, LocalDate.of(2025, 9, 29)),
                409, "SUSPENSION_OVERLAP");
        JsonNode next = ok(backOffice, caseNo, startProcedure(SpecialProcedureKind.AUCTION,
                LocalDate.of(2025, 9, 30)));
        assertThat(next.path("suspensions")).hasSize(2);
        assertThat(next.path("state").asText()).isEqualTo("SPECIAL_PROCEDURE");
    }

    @Test
    void an_extension_needs_a_supervisor_as_approver_a_reason_and_stays_within_the_law_and_the_item() {
        String caseNo = newCase();
        inReview(caseNo);

        assertRefused(backOffice, caseNo, extend(null, null), 400, "EXTENSION_APPROVER_INVALID");
        assertRefused(backOffice, caseNo, extend(server.username(Role.WINDOW), null), 400,
                "EXTENSION_APPROVER_INVALID");
        assertRefused(backOffice, caseNo, extend("nobody", null), 400, "EXTENSION_APPROVER_INVALID");
        assertRefused(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), null).withReason(" "), 400,
                "TRANSITION_REASON_REQUIRED");
        assertRefused(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), 11), 400,
                "EXTENSION_BEYOND_LEGAL_MAXIMUM");
        ok(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), 5));
        assertRefused(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), 5), 409,
                "EXTENSION_LIMIT_REACHED");
    }

    @Test
    void a_joint_item_may_extend_by_fifteen_days_as_often_as_it_says_and_review_starts_its_step_clock() {
        var demo = server.demoCatalog().items().stream()
                .filter(i -> i.implementationCode().equals(server.anyItemCode())).findFirst().orElseThrow();
        long itemId = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM service_items WHERE implementation_code = :c").bind("c", demo.implementationCode())
                .mapTo(Long.class).one());
        new org.yichuang.server.testing.CatalogFixtures(server.jdbi()).store(itemId, 2,
                demo.withClockRules(2, true, Map.of("材料审查", 2)), FRIDAY_0926.minusSeconds(60), true,
                FRIDAY_0926.minusSeconds(60));
        String caseNo = newCase();

        JsonNode review = inReview(caseNo);
        assertThat(review.path("currentStep").asText()).isEqualTo("材料审查");
        // 2 WD from Fri 09-26: Sun 09-28 (调休上班) and Mon 09-29
        assertThat(review.path("stepDueAt").asText()).isEqualTo("2025-09-29T16:00:00Z");
        assertRefused(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), 16), 400,
                "EXTENSION_BEYOND_LEGAL_MAXIMUM");
        ok(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), null));
        JsonNode twice = ok(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), null));
        assertThat(twice.path("extensions").findValuesAsText("workingDays")).containsExactly("15", "15");
        assertRefused(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), 1), 409,
                "EXTENSION_LIMIT_REACHED");
    }

    @Test
    void the_day_sweep_deems_a_case_accepted_as_of_its_receipt_when_no_notice_was_served_in_time() {
        String late = newCase();
        String noticed = newCase();
        requestSupplement(noticed, LocalDate.of(2025, 10, 20));

        later(Duration.ofDays(14).plusHours(13));   // 2025-10-10 23:00 in the hall: still in time
        assertThat(server.runDaySweep()).isZero();
        assertThat(lifecycle(window, late).path("state").asText()).isEqualTo("RECEIVED");
        later(Duration.ofHours(1).plusSeconds(5));   // 2025-10-11 00:00:05: the period has ended
        // the server's own day boundary may have swept first: either way the case is deemed accepted once
        assertThat(server.runDaySweep()).isBetween(0, 1);

        JsonNode view = lifecycle(window, late);
        assertThat(view.path("state").asText()).isEqualTo("DEEMED_ACCEPTED");
        assertThat(view.path("acceptanceBasis").asText()).isEqualTo("DEEMED");
        assertThat(view.path("acceptedAt").asText()).isEqualTo("2025-09-26T02:00:00Z");
        assertThat(view.path("legalDue").path("date").asText()).isEqualTo("2025-10-30");
        assertThat(lifecycle(window, noticed).path("state").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_DEEMED_ACCEPTED' AND staff_id IS NULL "
                + "AND subject = :no", late)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM case_transitions t JOIN cases k ON k.id = t.case_id WHERE "
                + "t.action = 'DEEM_ACCEPTED' AND t.staff_id IS NULL AND k.case_no = :no", late)).isEqualTo(1);
        assertThat(server.runDaySweep()).isZero();
        assertThat(ok(backOffice, late, act(CaseAction.START_REVIEW)).path("state").asText())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void the_deadline_explanation_says_in_chinese_which_days_counted_and_why_others_did_not() {
        String caseNo = newCase();
        Response before = api.get("/api/cases/" + caseNo + "/deadline-explanation", window);
        assertThat(before.json().path("deadlines")).isEmpty();
        assertThat(before.json().path("note").asText()).contains("尚未受理");
        accept(caseNo);

        Response r = api.get("/api/cases/" + caseNo + "/deadline-explanation", supervisor);

        assertThat(r.status()).isEqualTo(200);
        JsonNode legal = r.json().path("deadlines").get(0);
        assertThat(legal.path("kind").asText()).isEqualTo("法定办结期限");
        assertThat(legal.path("calendarVersion").asInt()).isEqualTo(1);
        assertThat(legal.path("lines").toString()).contains("国庆", "2025-10-30");
        assertThat(r.json().path("deadlines").get(1).path("kind").asText()).isEqualTo("承诺办结期限");
        // two explanations and the lifecycle read that ok() compares the answer with
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_LIFECYCLE_READ' AND subject = :no",
                caseNo)).isEqualTo(3);
    }

    @Test
    void an_unknown_case_answers_404() {
        assertThat(api.get("/api/cases/NO-SUCH/lifecycle", window).code()).isEqualTo("CASE_NOT_FOUND");
        assertThat(post(window, "NO-SUCH", act(CaseAction.ACCEPT)).code()).isEqualTo("CASE_NOT_FOUND");
        assertThat(postIntake("NO-SUCH", submission(IntakeRequest.of(IntakeOutcome.ACCEPT, List.of()))).code())
                .isEqualTo("CASE_NOT_FOUND");
    }

    @Test
    void concurrent_requests_make_one_transition_replays_share_its_answer_and_others_are_refused() throws Exception {
        String caseNo = newCase();
        List<MaterialCheck> checklist = allIn(caseNo);
        IntakeSubmission same = submission(IntakeRequest.of(IntakeOutcome.ACCEPT, checklist));
        List<java.util.concurrent.Callable<Response>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> postIntake(caseNo, same));
            calls.add(() -> postIntake(caseNo, submission(IntakeRequest.of(IntakeOutcome.ACCEPT, checklist))));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<Response> answers = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            List<Response> accepted = answers.stream().filter(r -> r.status() == 200).toList();
            assertThat(answers.stream().filter(r -> r.status() != 200))
                    .allSatisfy(r -> assertThat(r.code()).isEqualTo("TRANSITION_NOT_ALLOWED"));
            // the one transition was made by the shared key or by one of the others; every 200 is that answer
            assertThat(accepted).isNotEmpty();
            assertThat(accepted.stream().map(Response::body).distinct()).hasSize(1);
            assertThat(count("SELECT count(*) FROM case_transitions t JOIN cases k ON k.id = t.case_id "
                    + "WHERE k.case_no = :no", caseNo)).isEqualTo(1);
            assertThat(lifecycle(window, caseNo).path("stateVersion").asInt()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_calendar_change_moves_an_extended_case_as_its_transitions_would_and_never_extends_the_promise()
            throws Exception {
        String caseNo = newCase();
        inReview(caseNo);
        ok(backOffice, caseNo, extend(server.username(Role.SUPERVISOR), null));
        String admin = api.signIn(server.username(Role.ADMIN), server.password(Role.ADMIN), null);
        String shipped;
        try (var in = org.yichuang.core.calendar.WorkCalendar.class
                .getResourceAsStream("/org/yichuang/core/calendar/cn-holidays-2024-2026.csv")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // 2025 as published, plus Thursday 2025-10-09 off
        String csv = "date,kind,holiday\n" + shipped.lines().filter(l -> l.startsWith("2025-"))
                .collect(java.util.stream.Collectors.joining("\n")) + "\n2025-10-09,off,国庆节\n";

        Response imported = api.postJson("/api/calendar/import", admin,
                new org.yichuang.core.api.CalendarImportRequest(csv, "测试：2025-10-09 放假", true));

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode view = lifecycle(window, caseNo);
        // 5 WD from Fri 09-26 now skip 10-09 too: 09-28, 09-29, 09-30, 10-10, Sat 10-11; the extension stays out
        assertThat(view.path("promisedDue").path("date").asText()).isEqualTo("2025-10-11");
        // 20 + 10 WD: one working day later than 2025-11-13
        assertThat(view.path("legalDue").path("date").asText()).isEqualTo("2025-11-14");
        assertThat(view.path("legalDue").path("calendarVersion").asInt()).isEqualTo(2);
    }
}
