package org.yichuang.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.calendar.WorkCalendar;
import org.yichuang.core.calendar.io.ShippedCalendar;
import org.yichuang.core.cases.CaseAction;
import org.yichuang.core.catalog.CaseKind;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.MaterialSource;
import org.yichuang.core.catalog.RiskCategory;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemBuilder;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** The lawful intake outcomes (issue 10 item 4): decided in core for the client and the server alike. */
class IntakeRulesTest {
    private static final WorkCalendar CALENDAR = ShippedCalendar.calendar();
    /** A Monday with working days around it (2025-09-22). */
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 22);
    private static final HallIntakeSettings HALL = new HallIntakeSettings("示范县人民政府", "示范县人民法院", null, false);

    private static final String ID = "申请人身份证明";
    private static final String FORM = "公共场所卫生许可申请表";
    private static final String REPORT = "卫生检测报告";
    private static final String RULES = "卫生管理制度";
    private static final String PROXY = "授权委托书";

    /** 5-day promised item; RULES may be deferred for 2 working days; PROXY only when an agent applies. */
    private static ServiceItem item() {
        return new ServiceItemBuilder().materials(
                ServiceItemBuilder.material(ID, MaterialKind.IDENTITY_DOCUMENT, false),
                ServiceItemBuilder.material(FORM, MaterialKind.APPLICATION_FORM, false),
                ServiceItemBuilder.material(REPORT, MaterialKind.OTHER, false),
                ServiceItemBuilder.material(RULES, MaterialKind.OTHER, true).withSupplementDays(2),
                new MaterialRequirement(PROXY, MaterialKind.OTHER, 1, 0, "A4", null, MaterialSource.APPLICANT, false,
                        "委托他人办理的", false, null, null)).build();
    }

    private static IntakeContext ctx(ServiceItem item) {
        return ctx(item, HALL);
    }

    private static IntakeContext ctx(ServiceItem item, HallIntakeSettings hall) {
        LocalDate promised = item.caseKind() == CaseKind.IMMEDIATE ? TODAY : CALENDAR.plusWorkingDays(TODAY, 5);
        return new IntakeContext(item, TODAY, TODAY, promised, CALENDAR, hall);
    }

    private static List<MaterialCheck> allIn() {
        return List.of(MaterialCheck.received(ID, 1, 1, 1), MaterialCheck.received(FORM, 1, 0, 2),
                MaterialCheck.received(REPORT, 1, 0, 12), MaterialCheck.received(RULES, 1, 0, 3),
                MaterialCheck.notApplicable(PROXY));
    }

    private static List<MaterialCheck> without(String missing) {
        return allIn().stream().map(c -> c.name().equals(missing) ? MaterialCheck.missing(missing) : c).toList();
    }

    private static DomainException refusal(IntakeContext ctx, IntakeRequest r) {
        try {
            IntakeRules.decide(ctx, r);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal of " + r.outcome());
    }

    @Test
    void acceptance_is_lawful_only_when_every_applicable_material_is_in() {
        IntakeDecision d = IntakeRules.decide(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, allIn()));
        assertThat(d.action()).isEqualTo(CaseAction.ACCEPT);
        DomainException e = refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, without(REPORT)));
        assertThat(e.code()).isEqualTo(ErrorCode.INTAKE_MATERIAL_MISSING);
        assertThat(e.getMessage()).contains(REPORT, "未提交");
    }

    @Test
    void a_conditional_material_that_applies_must_be_in_and_a_required_one_cannot_be_not_applicable() {
        List<MaterialCheck> agentWithoutProxy = without(PROXY);
        assertThat(refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, agentWithoutProxy)).getMessage())
                .contains(PROXY);
        List<MaterialCheck> reportNa = allIn().stream()
                .map(c -> c.name().equals(REPORT) ? MaterialCheck.notApplicable(REPORT) : c).toList();
        DomainException e = refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, reportNa));
        assertThat(e.code()).isEqualTo(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID);
        assertThat(e.getMessage()).contains(REPORT, "必要材料");
    }

    @Test
    void the_checklist_must_name_every_material_of_the_item_once_and_no_other() {
        List<MaterialCheck> lacking = allIn().subList(0, 4);
        assertThat(refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, lacking)).getMessage())
                .contains("缺少", PROXY);
        List<MaterialCheck> extra = new java.util.ArrayList<>(allIn());
        extra.add(MaterialCheck.received("户口簿", 1, 0, 1));
        DomainException e = refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, extra));
        assertThat(e.code()).isEqualTo(ErrorCode.INTAKE_CHECKLIST_MISMATCH);
        assertThat(e.getMessage()).contains("户口簿");
        List<MaterialCheck> twice = new java.util.ArrayList<>(allIn());
        twice.add(MaterialCheck.received(ID, 1, 0, 1));
        assertThat(refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, twice)).getMessage())
                .contains(ID, "两次");
    }

    @Test
    void a_received_material_needs_its_channel_and_counts_may_not_be_negative() {
        List<MaterialCheck> noChannel = allIn().stream().map(c -> c.name().equals(REPORT)
                ? new MaterialCheck(REPORT, MaterialStatus.RECEIVED, null, false, 1, 0, 1, null) : c).toList();
        assertThat(refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, noChannel)).getMessage())
                .contains(REPORT, "收取方式");
        List<MaterialCheck> negative = allIn().stream().map(c -> c.name().equals(FORM)
                ? MaterialCheck.received(FORM, 1, -1, 1) : c).toList();
        assertThat(refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, negative)).code())
                .isEqualTo(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID);
    }

    @Test
    void deferred_acceptance_needs_a_deferrable_material_and_the_signed_commitment() {
        IntakeRequest r = IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(RULES));
        assertThat(refusal(ctx(item()), r).code()).isEqualTo(ErrorCode.INTAKE_COMMITMENT_NOT_SIGNED);
        IntakeDecision d = IntakeRules.decide(ctx(item()), r.withCommitment(true));
        assertThat(d.outstanding()).extracting(OutstandingMaterial::name).containsExactly(RULES);
        // the material's own period (2 working days) is shorter than the promised limit (5)
        assertThat(d.supplementDueOn()).isEqualTo(CALENDAR.plusWorkingDays(TODAY, 2));
        assertThat(d.consequence()).contains("视为撤回");
    }

    @Test
    void deferring_a_material_off_the_list_or_an_identity_document_is_refused_by_name() {
        DomainException other = refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED,
                without(REPORT)).withCommitment(true));
        assertThat(other.code()).isEqualTo(ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED);
        assertThat(other.getMessage()).contains(REPORT, "容缺材料目录");
        DomainException identity = refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED,
                without(ID)).withCommitment(true));
        assertThat(identity.getMessage()).contains(ID, "身份证明", "不得容缺");
        DomainException form = refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED,
                without(FORM)).withCommitment(true));
        assertThat(form.getMessage()).contains(FORM, "申请表");
    }

    @Test
    void deferral_on_an_item_that_does_not_allow_it_or_a_risky_item_is_refused() {
        ServiceItem plain = new ServiceItemBuilder().deferralAllowed(false).materials(
                ServiceItemBuilder.material(ID, MaterialKind.IDENTITY_DOCUMENT, false),
                ServiceItemBuilder.material(REPORT, MaterialKind.OTHER, false)).build();
        IntakeRequest r = IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED,
                List.of(MaterialCheck.received(ID, 1, 0, 1), MaterialCheck.missing(REPORT))).withCommitment(true);
        assertThat(refusal(ctx(plain), r).code()).isEqualTo(ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED);
        ServiceItem risky = item().withIntakeRules(RiskCategory.PUBLIC_SAFETY, false, null, null, false);
        IntakeRequest deferRules = IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(RULES))
                .withCommitment(true);
        assertThat(refusal(ctx(risky), deferRules).getMessage()).contains("公共安全");
        HallIntakeSettings permissive = new HallIntakeSettings("示范县人民政府", "示范县人民法院", null, true);
        assertThat(IntakeRules.decide(ctx(risky, permissive), deferRules).outcome())
                .isEqualTo(IntakeOutcome.ACCEPT_DEFERRED);
    }

    @Test
    void a_supplement_due_date_beyond_the_promised_or_the_materials_period_is_refused() {
        IntakeRequest r = IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(RULES)).withCommitment(true);
        LocalDate third = CALENDAR.plusWorkingDays(TODAY, 3);
        DomainException e = refusal(ctx(item()), r.withSupplementDueOn(third));
        assertThat(e.code()).isEqualTo(ErrorCode.INTAKE_SUPPLEMENT_DUE_TOO_LATE);
        assertThat(e.getMessage()).contains(RULES, "2个工作日");
        ServiceItem noOwnPeriod = item().withMaterials(item().materials().stream()
                .map(m -> m.withSupplementDays(null)).toList());
        LocalDate sixth = CALENDAR.plusWorkingDays(TODAY, 6);
        assertThat(refusal(ctx(noOwnPeriod), r.withSupplementDueOn(sixth)).getMessage()).contains("承诺办结日");
        assertThat(IntakeRules.decide(ctx(noOwnPeriod), r).supplementDueOn())
                .isEqualTo(CALENDAR.plusWorkingDays(TODAY, 5));
    }

    @Test
    void the_latest_deferral_day_proposed_is_the_one_decide_holds_a_submission_to() {
        LocalDate own = CALENDAR.plusWorkingDays(TODAY, 2);
        assertThat(IntakeRules.latestDeferralDue(ctx(item()), without(RULES))).isEqualTo(own);
        IntakeRequest r = IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, without(RULES)).withCommitment(true);
        assertThat(IntakeRules.decide(ctx(item()), r).supplementDueOn()).isEqualTo(own);
        assertThat(IntakeRules.decide(ctx(item()), r.withSupplementDueOn(own)).supplementDueOn()).isEqualTo(own);
        assertThat(refusal(ctx(item()), r.withSupplementDueOn(own.plusDays(1))).code())
                .isEqualTo(ErrorCode.INTAKE_SUPPLEMENT_DUE_TOO_LATE);
        // nothing outstanding with a period of its own: the promised due date
        assertThat(IntakeRules.latestDeferralDue(ctx(item()), allIn())).isEqualTo(CALENDAR.plusWorkingDays(TODAY, 5));
    }

    @Test
    void the_one_time_notice_lists_every_missing_or_wrong_material_with_the_service_deadline() {
        List<MaterialCheck> lines = allIn().stream().map(c -> switch (c.name()) {
            case REPORT -> MaterialCheck.defective(REPORT, "超过一年有效期");
            case RULES -> MaterialCheck.missing(RULES);
            default -> c;
        }).toList();
        IntakeDecision d = IntakeRules.decide(ctx(item()), IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, lines)
                .withSupplementDueOn(TODAY.plusDays(10)));
        assertThat(d.outstanding()).extracting(OutstandingMaterial::line)
                .containsExactly(REPORT + "（不符合要求：超过一年有效期）", RULES + "（未提交）");
        assertThat(d.noticeServiceDueOn()).isEqualTo(CALENDAR.plusWorkingDays(TODAY, 5));
        assertThat(d.transitionReason()).contains(REPORT, RULES);
        assertThat(d.action()).isEqualTo(CaseAction.REQUEST_SUPPLEMENT);
    }

    @Test
    void a_one_time_notice_without_anything_to_supplement_or_a_wrong_material_without_its_problem_is_refused() {
        assertThat(refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, allIn())
                .withSupplementDueOn(TODAY.plusDays(5))).code()).isEqualTo(ErrorCode.INTAKE_NOTHING_TO_SUPPLEMENT);
        List<MaterialCheck> silent = allIn().stream().map(c -> c.name().equals(REPORT)
                ? MaterialCheck.defective(REPORT, " ") : c).toList();
        DomainException e = refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, silent)
                .withSupplementDueOn(TODAY.plusDays(5)));
        assertThat(e.code()).isEqualTo(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID);
        assertThat(e.getMessage()).contains(REPORT, "不符合要求之处");
    }

    @Test
    void the_one_time_notice_is_refused_once_five_working_days_after_receipt_have_passed() {
        LocalDate received = CALENDAR.plusWorkingDays(TODAY, -0).minusDays(14);
        IntakeContext late = new IntakeContext(item(), received, TODAY, CALENDAR.plusWorkingDays(TODAY, 5), CALENDAR,
                HALL);
        DomainException e = refusal(late, IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, without(REPORT))
                .withSupplementDueOn(TODAY.plusDays(5)));
        assertThat(e.code()).isEqualTo(ErrorCode.SUPPLEMENT_NOTICE_PERIOD_PASSED);
    }

    @Test
    void a_refusal_needs_reason_basis_and_authority_and_names_the_remedies_of_the_hall() {
        IntakeRequest r = IntakeRequest.of(IntakeOutcome.NOT_COMPETENT, List.of());
        assertThat(refusal(ctx(item()), r).code()).isEqualTo(ErrorCode.INTAKE_REFUSAL_INCOMPLETE);
        assertThat(refusal(ctx(item()), r.withRefusal("属于市级事权", null, "南宁市卫生健康委员会")).getMessage())
                .contains("法律依据");
        assertThat(refusal(ctx(item()), r.withRefusal("属于市级事权", "《行政许可法》第三十二条第一款第二项", null))
                .getMessage()).contains("有关行政机关");
        IntakeDecision d = IntakeRules.decide(ctx(item()), r.withRefusal("属于市级事权",
                "《行政许可法》第三十二条第一款第二项", "南宁市卫生健康委员会"));
        assertThat(d.remedies()).isEqualTo("如不服本决定，可以自收到本通知书之日起六十日内向示范县人民政府申请行政复议，"
                + "或者自收到本通知书之日起六个月内向示范县人民法院提起行政诉讼。");
        assertThat(d.transitionReason()).contains("南宁市卫生健康委员会");
    }

    @Test
    void a_refusal_is_not_issued_while_the_hall_has_no_reconsideration_body_or_court() {
        IntakeContext bare = ctx(item(), new HallIntakeSettings(null, "示范县人民法院", null, false));
        DomainException e = refusal(bare, IntakeRequest.of(IntakeOutcome.NOT_COMPETENT, List.of())
                .withRefusal("x", "y", "z"));
        assertThat(e.code()).isEqualTo(ErrorCode.INTAKE_REMEDIES_NOT_CONFIGURED);
        assertThat(e.getMessage()).contains("行政复议机关");
        assertThat(IntakeRules.decide(bare, IntakeRequest.of(IntakeOutcome.NOT_REQUIRED, List.of())
                .withRefusal("无需许可", "《行政许可法》第三十二条第一款第一项", null)).remedies()).isNull();
    }

    @Test
    void only_an_immediate_item_is_decided_on_the_spot() {
        assertThat(refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.APPROVE_ON_SPOT, allIn())).code())
                .isEqualTo(ErrorCode.INTAKE_NOT_IMMEDIATE);
        ServiceItem immediate = new ServiceItemBuilder().caseKind(CaseKind.IMMEDIATE).deferralAllowed(false)
                .limits(TimeLimit.workingDays(1), TimeLimit.workingDays(0)).materials(
                        ServiceItemBuilder.material(ID, MaterialKind.IDENTITY_DOCUMENT, false)).build();
        IntakeDecision d = IntakeRules.decide(ctx(immediate), IntakeRequest.of(IntakeOutcome.APPROVE_ON_SPOT,
                List.of(MaterialCheck.received(ID, 1, 0, 1))));
        assertThat(d.action()).isEqualTo(CaseAction.APPROVE);
    }

    @Test
    void the_notification_commitment_replaces_proofs_but_not_identity_and_sets_the_post_check_date() {
        ServiceItem promising = item().withIntakeRules(RiskCategory.NONE, true, 60, null, false);
        IntakeRequest r = IntakeRequest.of(IntakeOutcome.DECIDE_ON_COMMITMENT, without(REPORT));
        assertThat(refusal(ctx(promising), r).code()).isEqualTo(ErrorCode.INTAKE_COMMITMENT_NOT_SIGNED);
        IntakeDecision d = IntakeRules.decide(ctx(promising), r.withCommitment(true));
        assertThat(d.postCheckDueOn()).isEqualTo(CALENDAR.plusWorkingDays(TODAY, 60));
        assertThat(refusal(ctx(promising), IntakeRequest.of(IntakeOutcome.DECIDE_ON_COMMITMENT, without(ID))
                .withCommitment(true)).getMessage()).contains(ID);
        assertThat(refusal(ctx(item()), r.withCommitment(true)).code())
                .isEqualTo(ErrorCode.INTAKE_COMMITMENT_NOT_ALLOWED);
    }

    @Test
    void items_of_genuine_intent_require_the_question_recorded() {
        ServiceItem transfer = item().withIntakeRules(RiskCategory.NONE, false, null, null, true);
        DomainException e = refusal(ctx(transfer), IntakeRequest.of(IntakeOutcome.ACCEPT, allIn()));
        assertThat(e.code()).isEqualTo(ErrorCode.INTAKE_GENUINE_INTENT_NOT_ASKED);
        assertThat(e.getMessage()).contains("真实意思表示");
        assertThat(IntakeRules.decide(ctx(transfer), IntakeRequest.of(IntakeOutcome.ACCEPT, allIn())
                .withIntentAsked(true)).outcome()).isEqualTo(IntakeOutcome.ACCEPT);
    }

    @Test
    void a_correction_on_the_spot_says_what_was_corrected() {
        assertThat(refusal(ctx(item()), IntakeRequest.of(IntakeOutcome.CORRECTED_ON_SPOT, allIn())).code())
                .isEqualTo(ErrorCode.INTAKE_CORRECTION_NOTE_REQUIRED);
        assertThat(IntakeRules.decide(ctx(item()), IntakeRequest.of(IntakeOutcome.CORRECTED_ON_SPOT, allIn())
                .withCorrectionNote("申请表日期笔误已更正")).transitionReason()).contains("日期笔误");
    }

    @Test
    void the_screen_is_offered_exactly_the_lawful_outcomes() {
        assertThat(IntakeRules.offered(ctx(item()), allIn(), false, false)).containsExactly(IntakeOutcome.ACCEPT,
                IntakeOutcome.CORRECTED_ON_SPOT, IntakeOutcome.NOT_REQUIRED, IntakeOutcome.NOT_COMPETENT);
        assertThat(IntakeRules.offered(ctx(item()), without(RULES), true, false)).containsExactly(
                IntakeOutcome.ACCEPT_DEFERRED, IntakeOutcome.NEEDS_SUPPLEMENT, IntakeOutcome.CORRECTED_ON_SPOT,
                IntakeOutcome.NOT_REQUIRED, IntakeOutcome.NOT_COMPETENT);
        assertThatThrownBy(() -> IntakeRules.decide(ctx(item()), IntakeRequest.of(null, allIn())))
                .isInstanceOf(DomainException.class);
    }

    // issue 10: applicants — an agent needs the 授权委托书

    private static IntakeContext byAgent(ServiceItem item) {
        IntakeContext c = ctx(item);
        return new IntakeContext(c.item(), c.receivedOn(), c.today(), c.promisedDueOn(), c.calendar(), c.hall(), true);
    }

    @Test
    void with_an_agent_the_item_own_power_of_attorney_becomes_required_and_not_deferrable() {
        List<MaterialRequirement> list = IntakeRules.checklist(item(), true);
        assertThat(list).hasSize(item().materials().size());
        MaterialRequirement proxy = list.get(4);
        assertThat(proxy.name()).isEqualTo(PROXY);
        assertThat(proxy.required()).isTrue();
        assertThat(proxy.deferrable()).isFalse();
        assertThat(IntakeRules.checklist(item(), false)).isEqualTo(item().materials());

        DomainException na = refusal(byAgent(item()), IntakeRequest.of(IntakeOutcome.ACCEPT, allIn()));
        assertThat(na.code()).isEqualTo(ErrorCode.INTAKE_MATERIAL_ENTRY_INVALID);
        assertThat(na.getMessage()).contains(PROXY, "必要材料");
    }

    @Test
    void an_item_without_a_power_of_attorney_gets_one_added_when_an_agent_applies() {
        ServiceItem plain = new ServiceItemBuilder().materials(
                ServiceItemBuilder.material(ID, MaterialKind.IDENTITY_DOCUMENT, false),
                ServiceItemBuilder.material(FORM, MaterialKind.APPLICATION_FORM, false)).build();
        List<MaterialRequirement> list = IntakeRules.checklist(plain, true);
        assertThat(list).extracting(MaterialRequirement::name).containsExactly(ID, FORM, IntakeRules.AUTHORISATION);
        assertThat(list.get(2).required()).isTrue();

        List<MaterialCheck> withoutProxy = List.of(MaterialCheck.received(ID, 1, 1, 1),
                MaterialCheck.received(FORM, 1, 0, 2));
        assertThat(IntakeRules.decide(ctx(plain), IntakeRequest.of(IntakeOutcome.ACCEPT, withoutProxy)).action())
                .isEqualTo(CaseAction.ACCEPT);
        DomainException unlisted = refusal(byAgent(plain), IntakeRequest.of(IntakeOutcome.ACCEPT, withoutProxy));
        assertThat(unlisted.code()).isEqualTo(ErrorCode.INTAKE_CHECKLIST_MISMATCH);
        assertThat(unlisted.getMessage()).contains(IntakeRules.AUTHORISATION);

        List<MaterialCheck> proxyMissing = List.of(MaterialCheck.received(ID, 1, 1, 1),
                MaterialCheck.received(FORM, 1, 0, 2), MaterialCheck.missing(IntakeRules.AUTHORISATION));
        DomainException missing = refusal(byAgent(plain), IntakeRequest.of(IntakeOutcome.ACCEPT, proxyMissing));
        assertThat(missing.code()).isEqualTo(ErrorCode.INTAKE_AGENT_AUTHORISATION_MISSING);
        assertThat(missing.getMessage()).contains("授权委托书", "未提交");
        List<MaterialCheck> proxyIn = List.of(MaterialCheck.received(ID, 1, 1, 1),
                MaterialCheck.received(FORM, 1, 0, 2), MaterialCheck.received(IntakeRules.AUTHORISATION, 1, 0, 1));
        assertThat(IntakeRules.decide(byAgent(plain), IntakeRequest.of(IntakeOutcome.ACCEPT, proxyIn)).action())
                .isEqualTo(CaseAction.ACCEPT);
    }

    @Test
    void an_agent_without_authorisation_cannot_have_the_case_accepted_deferred_but_can_be_told_to_supplement() {
        IntakeContext agent = byAgent(item());
        List<MaterialCheck> lines = allIn().stream().map(c -> c.name().equals(PROXY) ? MaterialCheck.missing(PROXY)
                : c.name().equals(RULES) ? MaterialCheck.missing(RULES) : c).toList();

        DomainException deferred = refusal(agent, IntakeRequest.of(IntakeOutcome.ACCEPT_DEFERRED, lines)
                .withCommitment(true));
        assertThat(deferred.code()).isEqualTo(ErrorCode.INTAKE_AGENT_AUTHORISATION_MISSING);
        assertThat(IntakeRules.offered(agent, lines, true, false)).doesNotContain(IntakeOutcome.ACCEPT,
                IntakeOutcome.ACCEPT_DEFERRED).contains(IntakeOutcome.NEEDS_SUPPLEMENT);
        IntakeDecision told = IntakeRules.decide(agent, IntakeRequest.of(IntakeOutcome.NEEDS_SUPPLEMENT, lines)
                .withSupplementDueOn(TODAY.plusDays(10)));
        assertThat(told.outstanding()).extracting(OutstandingMaterial::name).contains(PROXY, RULES);
    }

    @Test
    void intake_outcomes_are_decided_only_at_intake_while_the_case_waits_on_receipt() {
        assertThat(IntakeOutcome.decidedAtIntake(org.yichuang.core.cases.CaseState.RECEIVED, CaseAction.ACCEPT))
                .isTrue();
        assertThat(IntakeOutcome.decidedAtIntake(org.yichuang.core.cases.CaseState.CORRECTED_ON_SPOT,
                CaseAction.DECLARE_NOT_COMPETENT)).isTrue();
        assertThat(IntakeOutcome.decidedAtIntake(org.yichuang.core.cases.CaseState.RECEIVED, CaseAction.APPROVE))
                .isTrue();
        assertThat(IntakeOutcome.decidedAtIntake(org.yichuang.core.cases.CaseState.RECEIVED,
                CaseAction.DEEM_ACCEPTED)).isFalse();
        assertThat(IntakeOutcome.decidedAtIntake(org.yichuang.core.cases.CaseState.RECEIVED, CaseAction.WITHDRAW))
                .isFalse();
        assertThat(IntakeOutcome.decidedAtIntake(org.yichuang.core.cases.CaseState.IN_REVIEW, CaseAction.APPROVE))
                .isFalse();
    }
}
