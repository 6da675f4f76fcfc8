package org.yichuang.server.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.core.api.ApplicantInput;
import org.yichuang.core.api.IntakeSubmission;
import org.yichuang.core.api.NewCase;
import org.yichuang.core.api.SupplementSubmission;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.IntakeRequest;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.staff.Role;
import org.yichuang.server.testing.ApiClient;
import org.yichuang.server.testing.ApiClient.Response;
import org.yichuang.server.testing.MutableClock;
import org.yichuang.server.testing.TestServer;

/**
 * Intake outcomes and supplements through the API (issue 10 items 4, 6) on the demo hall and catalog, real
 * PostgreSQL: every outcome, every refusal (with nothing changed), supplements and the day sweep's consequences.
 * The clock starts on Friday 2025-09-26, 10:00 in the hall.
 */
class IntakeApiTest {
    private static final Instant FRIDAY_0926 = Instant.parse("2025-09-26T02:00:00Z");
    private static final String HEALTH = "11450128MB1602185R4000104002000";      // 公共场所卫生许可 (5 WD, 人身健康)
    private static final String COMPANY = "11450128MB160475444000101011001";     // 企业设立登记 (1 WD, 容缺)
    private static final String TRANSFER = "11450128MB1603620P4000707021002";    // 不动产转移登记 (真实意思)
    private static final String HOUSEHOLD = "11450128MB1602900F4000707071001";   // 出生户口登记 (即办件)
    private static final String TEACHER = "11450128MB1605140U4000707092000";     // 教师资格认定 (告知承诺)
    private static final String PREMISES = "住所（经营场所）使用证明";
    private static JsonNode catalog;

    private final MutableClock clock = new MutableClock(FRIDAY_0926);
    private TestServer server;
    private ApiClient api;
    private String window;
    private String backOffice;

    @BeforeAll
    static void readCatalog() throws IOException {
        try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            catalog = new ObjectMapper().readTree(in);
        }
    }

    @BeforeEach
    void start() {
        server = TestServer.start(clock);
        server.jdbi().useHandle(h -> h.execute("UPDATE service_item_versions SET effective_from = '2024-01-01'"));
        api = new ApiClient(server.baseUrl());
        signIn();
    }

    private void signIn() {
        window = api.signIn(server.username(Role.WINDOW), server.password(Role.WINDOW), 3);
        backOffice = api.signIn(server.username(Role.BACK_OFFICE), server.password(Role.BACK_OFFICE), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void configureRemedies() {
        server.jdbi().useHandle(h -> h.execute(
                "UPDATE halls SET reconsideration_body = '示范县人民政府', court = '示范县人民法院'"));
    }

    private void unconfigureRemedies() {
        server.jdbi().useHandle(h -> h.execute("UPDATE halls SET reconsideration_body = NULL, court = NULL"));
    }

    private String newCase(String itemCode) {
        Response r = api.postJson("/api/cases", window, new NewCase(UUID.randomUUID().toString(), itemCode,
                new ApplicantInput("张三", "11010519491231002X", null), null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    /** Every material of the demo item received on paper, the conditional ones not applicable. */
    private static List<MaterialCheck> allIn(String itemCode) {
        List<MaterialCheck> out = new ArrayList<>();
        for (JsonNode item : catalog.path("items")) {
            if (item.path("implementationCode").asText().equals(itemCode)) {
                for (JsonNode m : item.path("materials")) {
                    String name = m.path("name").asText();
                    out.add(m.path("required").asBoolean() ? MaterialCheck.received(name, 1, 1, 2)
                            : MaterialCheck.notApplicable(name));
                }
            }
        }
        assertThat(out).as("materials of " + itemCode).isNotEmpty();
        return out;
    }

    private static List<MaterialCheck> without(String itemCode, String missing) {
        return allIn(itemCode).stream().map(c -> c.name().equals(missing) ? MaterialCheck.missing(missing) : c)
                .toList();
    }

    private static IntakeSubmission submit(IntakeRequest r) {
        return IntakeSubmission.of(UUID.randomUUID().toString(), r);
    }

    private Response post(String token, String caseNo, String route, Object body) {
        return api.postJson("/api/cases/" + caseNo + "/" + route, token, body);
    }

    private JsonNode ok(String caseNo, IntakeSubmission s) {
        Response r = post(window, caseNo, "intake", s);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode intake(String caseNo) {
        Response r = api.get("/api/cases/" + caseNo + "/intake", window);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Everything an intake or a supplement could have touched. */
    private List<Map<String, Object>> snapshot(String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT k.*, "
                + "(SELECT count(*) FROM case_transitions t WHERE t.case_id = k.id) AS transitions, "
                + "(SELECT count(*) FROM case_intakes i WHERE i.case_id = k.id) AS intakes, "
                + "(SELECT string_agg(m.name || m.status || coalesce(m.received_at::text, ''), ',' ORDER BY m.position)"
                + " FROM case_materials m WHERE m.case_id = k.id) AS materials, "
                + "(SELECT count(*) FROM audit_log a WHERE a.subject = k.case_no AND a.action IN "
                + "('CASE_TRANSITION', 'CASE_INTAKE', 'CASE_SUPPLEMENT')) AS audited "
                + "FROM cases k WHERE k.case_no = :no").bind("no", caseNo).mapToMap().list());
    }

    private void refused(String caseNo, String route, Object body, int status, String code, String... inMessage) {
        List<Map<String, Object>> before = snapshot(caseNo);
        Response r = post(window, caseNo, route, body);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.code()).as(r.body()).isEqualTo(code);
        if (inMessage.length > 0) {
            assertThat(r.json().path("message").asText()).contains(inMessage);
        }
        assertThat(snapshot(caseNo)).as("nothing changed").isEqualTo(before);
    }

    private int count(String sql, String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).bind("no", caseNo).mapTo(Integer.class).one());
    }

    private String text(String sql, String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery(sql).bind("no", caseNo).mapTo(String.class).one());
    }

    private String state(String caseNo) {
        return server.jdbi().withHandle(h -> h.createQuery("SELECT state FROM cases WHERE case_no = :no")
                .bind("no", caseNo).mapTo(String.class).one());
    }

    @Test
    void acceptance_with_every_material_in_accepts_and_stores_the_checklist() {
        String no = newCase(HEALTH);
        JsonNode view = ok(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH))));
        assertThat(view.path("state").asText()).isEqualTo("ACCEPTED");
        JsonNode recorded = intake(no);
        assertThat(recorded.path("outcome").asText()).isEqualTo("ACCEPT");
        assertThat(recorded.path("materials")).hasSize(8);
        assertThat(recorded.path("materials").get(0).path("status").asText()).isEqualTo("RECEIVED");
        assertThat(recorded.path("materials").get(0).path("receivedAt").isNull()).isFalse();
        assertThat(recorded.path("sealOwner").asText()).isEqualTo("示范县卫生健康局");
        assertThat(count("SELECT count(*) FROM audit_log WHERE subject = :no AND action = 'CASE_INTAKE'", no))
                .isEqualTo(2);
    }

    @Test
    void acceptance_with_a_required_material_missing_is_refused_naming_it_and_nothing_changes() {
        String no = newCase(HEALTH);
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT, without(HEALTH, "营业执照"))), 400,
                "INTAKE_MATERIAL_MISSING", "营业执照");
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH).subList(0, 3))), 400,
                "INTAKE_CHECKLIST_MISMATCH", "缺少");
    }

    @Test
    void deferral_on_a_risky_item_without_deferral_is_refused() {
        String no = newCase(HEALTH);
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED,
                without(HEALTH, "公共场所卫生管理制度")).withCommitment(true)), 400, "INTAKE_DEFERRAL_NOT_ALLOWED",
                "公共场所卫生许可证核发");
    }

    @Test
    void deferral_needs_the_signed_commitment_a_deferrable_material_and_a_due_date_within_the_promise() {
        String no = newCase(COMPANY);
        IntakeRequest deferPremises = IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(COMPANY, PREMISES));
        refused(no, "intake", submit(deferPremises), 400, "INTAKE_COMMITMENT_NOT_SIGNED", "容缺受理承诺书");
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(COMPANY, "公司章程"))
                .withCommitment(true)), 400, "INTAKE_DEFERRAL_NOT_ALLOWED", "公司章程");
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED,
                without(COMPANY, "法定代表人身份证明")).withCommitment(true)), 400, "INTAKE_DEFERRAL_NOT_ALLOWED",
                "身份证明");
        refused(no, "intake", submit(deferPremises.withCommitment(true).withSupplementDueOn(
                LocalDate.of(2025, 10, 20))), 400, "INTAKE_SUPPLEMENT_DUE_TOO_LATE", "2025-10-20", "承诺办结日");
    }

    @Test
    void a_deferred_acceptance_moves_on_when_the_deferred_material_is_brought() {
        String no = newCase(COMPANY);
        JsonNode view = ok(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(COMPANY, PREMISES))
                .withCommitment(true)));
        assertThat(view.path("state").asText()).isEqualTo("ACCEPTED_DEFERRED");
        JsonNode recorded = intake(no);
        assertThat(recorded.path("outstanding").get(0).path("name").asText()).isEqualTo(PREMISES);
        assertThat(recorded.path("consequence").asText()).contains("视为撤回");
        assertThat(recorded.path("supplementDueOn").asText()).isNotBlank();

        refused(no, "supplements", new SupplementSubmission(UUID.randomUUID().toString(), null,
                List.of(MaterialCheck.received("公司章程", 1, 0, 3))), 400, "INTAKE_CHECKLIST_MISMATCH", "公司章程");
        Response r = post(window, no, "supplements", new SupplementSubmission(UUID.randomUUID().toString(), null,
                List.of(MaterialCheck.received(PREMISES, 1, 1, 2))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(text("SELECT acceptance_basis || ' ' || (supplement_completed_at IS NOT NULL) FROM cases "
                + "WHERE case_no = :no", no)).isEqualTo("DEFERRED true");
        assertThat(intake(no).path("outstanding")).isEmpty();
        refused(no, "supplements", new SupplementSubmission(UUID.randomUUID().toString(), null,
                List.of(MaterialCheck.received(PREMISES, 1, 1, 2))), 409, "SUPPLEMENT_NOT_PENDING");
    }

    @Test
    void the_one_time_notice_lists_every_missing_material_and_the_case_is_accepted_when_all_are_brought() {
        String no = newCase(HEALTH);
        List<MaterialCheck> lines = allIn(HEALTH).stream().map(c -> switch (c.name()) {
            case "营业执照" -> MaterialCheck.missing("营业执照");
            case "从业人员健康合格证明" -> MaterialCheck.defective("从业人员健康合格证明", "两名从业人员的证明已过期");
            default -> c;
        }).toList();
        JsonNode view = ok(no, submit(IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, lines)
                .withSupplementDueOn(LocalDate.of(2025, 10, 17))));
        assertThat(view.path("state").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        JsonNode recorded = intake(no);
        assertThat(recorded.path("outstanding")).hasSize(2);
        assertThat(recorded.path("noticeServiceDueOn").asText()).isEqualTo("2025-10-10");

        Response partial = post(window, no, "supplements", new SupplementSubmission(UUID.randomUUID().toString(),
                null, List.of(MaterialCheck.shared("营业执照"))));
        assertThat(partial.status()).as(partial.body()).isEqualTo(200);
        assertThat(partial.json().path("state").asText()).isEqualTo("NEEDS_SUPPLEMENT");
        Response rest = post(window, no, "supplements", new SupplementSubmission(UUID.randomUUID().toString(), null,
                List.of(MaterialCheck.received("从业人员健康合格证明", 0, 2, 2))));
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(rest.json().path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(intake(no).path("materials").findValuesAsText("status")).containsOnly("RECEIVED", "NOT_APPLICABLE");
    }

    @Test
    void a_one_time_notice_with_nothing_missing_or_without_a_due_date_is_refused() {
        String no = newCase(HEALTH);
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, allIn(HEALTH))
                .withSupplementDueOn(LocalDate.of(2025, 10, 17))), 400, "INTAKE_NOTHING_TO_SUPPLEMENT");
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, without(HEALTH, "营业执照"))),
                400, "TRANSITION_DATE_INVALID", "补正期限");
    }

    @Test
    void an_overdue_supplement_is_deemed_withdrawn_and_an_overdue_deferral_takes_the_hall_policy() {
        server.jdbi().useHandle(h -> h.execute("UPDATE halls SET deferral_failure_policy = 'ACCEPTANCE_REVOKED'"));
        String notice = newCase(HEALTH);
        ok(notice, submit(IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, without(HEALTH, "营业执照"))
                .withSupplementDueOn(LocalDate.of(2025, 9, 30))));
        String deferred = newCase(COMPANY);
        ok(deferred, submit(IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(COMPANY, PREMISES))
                .withCommitment(true)));
        server.runDaySweep();
        assertThat(state(notice)).isEqualTo("NEEDS_SUPPLEMENT");

        clock.advance(Duration.ofDays(7));
        server.runDaySweep();
        assertThat(state(notice)).isEqualTo("WITHDRAWN");
        assertThat(state(deferred)).isEqualTo("ACCEPTANCE_REVOKED");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'CASE_SUPPLEMENT_OVERDUE' "
                + "AND subject IN (:no, '" + deferred + "')", notice)).isEqualTo(2);
        signIn();
        refused(notice, "supplements", new SupplementSubmission(UUID.randomUUID().toString(), null,
                List.of(MaterialCheck.received("营业执照", 1, 0, 1))), 409, "SUPPLEMENT_NOT_PENDING");
    }

    @Test
    void a_refusal_needs_reasons_basis_authority_and_the_halls_remedies() {
        String no = newCase(HEALTH);
        IntakeRequest notCompetent = IntakeRequest.of(IntakeOutcome.NOT_COMPETENT, List.of())
                .withRefusal("申请事项属于市级事权", "《中华人民共和国行政许可法》第三十二条第一款第二项", "南宁市卫生健康委员会");
        unconfigureRemedies();
        refused(no, "intake", submit(notCompetent), 400, "INTAKE_REMEDIES_NOT_CONFIGURED", "行政复议机关");
        configureRemedies();
        refused(no, "intake", submit(notCompetent.withRefusal(" ", "x", "y")), 400, "INTAKE_REFUSAL_INCOMPLETE",
                "理由");
        refused(no, "intake", submit(notCompetent.withRefusal("x", null, "y")), 400, "INTAKE_REFUSAL_INCOMPLETE",
                "法律依据");
        refused(no, "intake", submit(notCompetent.withRefusal("x", "y", null)), 400, "INTAKE_REFUSAL_INCOMPLETE",
                "有关行政机关");
        JsonNode view = ok(no, submit(notCompetent));
        assertThat(view.path("state").asText()).isEqualTo("NOT_COMPETENT");
        JsonNode recorded = intake(no);
        assertThat(recorded.path("remedies").asText()).isEqualTo("如不服本决定，可以自收到本通知书之日起六十日内向"
                + "示范县人民政府申请行政复议，或者自收到本通知书之日起六个月内向示范县人民法院提起行政诉讼。");
        assertThat(recorded.path("competentAuthority").asText()).isEqualTo("南宁市卫生健康委员会");
    }

    @Test
    void the_screen_is_offered_the_lawful_outcomes_of_the_checklist_so_far() {
        String no = newCase(COMPANY);
        Response r = post(window, no, "intake/options", submit(IntakeRequest.of(IntakeOutcome.ACCEPT,
                without(COMPANY, PREMISES)).withCommitment(true)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> offered = new ArrayList<>();
        r.json().path("offered").forEach(o -> offered.add(o.asText()));
        assertThat(offered).containsExactly("ACCEPT_DEFERRED", "NEEDS_SUPPLEMENT", "CORRECTED_ON_SPOT", "NOT_REQUIRED",
                "NOT_COMPETENT");
        assertThat(r.json().path("promisedDueOn").asText()).isEqualTo("2025-09-28");
        assertThat(r.json().path("noticeServiceDueOn").asText()).isEqualTo("2025-10-10");
        assertThat(r.json().path("deferralFailurePolicy").asText()).isEqualTo("WITHDRAWN");
        assertThat(state(no)).isEqualTo("RECEIVED");
    }

    @Test
    void the_demo_hall_names_its_reconsideration_body_and_court() {
        assertThat(text("SELECT reconsideration_body || ' ' || court FROM halls WHERE :no = :no", "x"))
                .isEqualTo("示范县人民政府 示范县人民法院");
    }

    @Test
    void no_licence_needed_is_told_with_reason_and_basis() {
        String no = newCase(HEALTH);
        JsonNode view = ok(no, submit(IntakeRequest.of(IntakeOutcome.NOT_REQUIRED, List.of()).withRefusal(
                "饭馆不再办理公共场所卫生许可证", "国发〔2016〕12号", null)));
        assertThat(view.path("state").asText()).isEqualTo("NOT_REQUIRED");
    }

    @Test
    void the_genuine_intent_question_is_required_where_the_item_says_so() {
        String no = newCase(TRANSFER);
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(TRANSFER))), 400,
                "INTAKE_GENUINE_INTENT_NOT_ASKED", "真实意思表示");
        JsonNode view = ok(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(TRANSFER)).withIntentAsked(true)));
        assertThat(view.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(intake(no).path("genuineIntentAsked").asBoolean()).isTrue();
    }

    @Test
    void only_an_immediate_item_is_decided_on_the_spot() {
        String promised = newCase(HEALTH);
        refused(promised, "intake", submit(IntakeRequest.of(IntakeOutcome.APPROVE_ON_SPOT, allIn(HEALTH))), 400,
                "INTAKE_NOT_IMMEDIATE");
        String immediate = newCase(HOUSEHOLD);
        JsonNode view = ok(immediate, submit(IntakeRequest.of(IntakeOutcome.APPROVE_ON_SPOT, allIn(HOUSEHOLD))));
        assertThat(view.path("state").asText()).isEqualTo("APPROVED");
    }

    @Test
    void the_notification_commitment_is_decided_on_the_spot_with_a_post_check_date() {
        String other = newCase(HEALTH);
        refused(other, "intake", submit(IntakeRequest.of(IntakeOutcome.DECIDE_ON_COMMITMENT,
                without(HEALTH, "营业执照")).withCommitment(true)), 400, "INTAKE_COMMITMENT_NOT_ALLOWED");
        String no = newCase(TEACHER);
        JsonNode view = ok(no, submit(IntakeRequest.of(IntakeOutcome.DECIDE_ON_COMMITMENT,
                without(TEACHER, "体检合格证明")).withCommitment(true)));
        assertThat(view.path("state").asText()).isEqualTo("DECIDED_ON_COMMITMENT");
        assertThat(LocalDate.parse(intake(no).path("postCheckDueOn").asText())).isAfter(LocalDate.of(2025, 12, 1));
    }

    @Test
    void a_correction_on_the_spot_is_judged_again_and_then_accepted() {
        String no = newCase(HEALTH);
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.CORRECTED_ON_SPOT, allIn(HEALTH))), 400,
                "INTAKE_CORRECTION_NOTE_REQUIRED");
        ok(no, submit(IntakeRequest.of(IntakeOutcome.CORRECTED_ON_SPOT, allIn(HEALTH))
                .withCorrectionNote("申请表中的场所面积笔误，已当场更正")));
        JsonNode view = ok(no, submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH))));
        assertThat(view.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(intake(no).path("outcome").asText()).isEqualTo("ACCEPT");
    }

    @Test
    void a_repeated_intake_answers_the_same_and_a_second_one_is_refused() {
        String no = newCase(HEALTH);
        IntakeSubmission s = submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH)));
        JsonNode first = ok(no, s);
        JsonNode again = ok(no, s);
        assertThat(again).isEqualTo(first);
        assertThat(snapshot(no).get(0).get("transitions")).isEqualTo(1L);
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH))), 409,
                "TRANSITION_NOT_ALLOWED", "已受理");
    }

    @Test
    void only_the_counter_records_an_intake() {
        String no = newCase(HEALTH);
        List<Map<String, Object>> before = snapshot(no);
        Response r = post(backOffice, no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH))));
        assertThat(r.status()).isEqualTo(403);
        assertThat(snapshot(no)).isEqualTo(before);
    }

    @Test
    void a_received_material_without_its_channel_is_refused_by_name() {
        String no = newCase(HEALTH);
        UnaryOperator<MaterialCheck> noChannel = c -> c.name().equals("营业执照")
                ? new MaterialCheck("营业执照", c.status(), null, false, 1, 0, 1, null) : c;
        refused(no, "intake", submit(IntakeRequest.of(IntakeOutcome.ACCEPT, allIn(HEALTH).stream().map(noChannel)
                .toList())), 400, "INTAKE_MATERIAL_ENTRY_INVALID", "营业执照", "收取方式");
    }
}
