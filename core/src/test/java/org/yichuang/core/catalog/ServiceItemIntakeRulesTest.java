package org.yichuang.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.error.ErrorCode;

/** The catalog fields intake needs (issue 10 item 5): supplement periods, risk, 告知承诺, seal owner. */
class ServiceItemIntakeRulesTest {

    private static ServiceItem withDeferrable(TimeLimit promised, Integer days) {
        ServiceItem item = new ServiceItemBuilder().limits(TimeLimit.workingDays(20), promised).build();
        return item.withMaterials(item.materials().stream()
                .map(m -> m.deferrable() ? m.withSupplementDays(days) : m).toList());
    }

    private static List<ErrorCode> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    void a_supplement_period_longer_than_the_promised_limit_is_refused_naming_the_material() {
        List<Violation> v = ServiceItemRules.check(withDeferrable(TimeLimit.workingDays(1), 3));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(ErrorCode.SUPPLEMENT_PERIOD_INVALID);
            assertThat(x.field()).isEqualTo("materials[2].supplementDays");
            assertThat(x.message()).contains("卫生检测报告", "3个工作日", "1个工作日");
        });
    }

    @Test
    void a_supplement_period_within_the_promised_limit_passes() {
        assertThat(ServiceItemRules.check(withDeferrable(TimeLimit.workingDays(5), 5))).isEmpty();
    }

    @Test
    void a_supplement_period_of_zero_days_or_on_a_material_that_cannot_defer_is_refused() {
        assertThat(codes(ServiceItemRules.check(withDeferrable(TimeLimit.workingDays(5), 0))))
                .containsExactly(ErrorCode.SUPPLEMENT_PERIOD_INVALID);
        ServiceItem item = new ServiceItemBuilder().build();
        ServiceItem onIdentity = item.withMaterials(item.materials().stream()
                .map(m -> m.kind() == MaterialKind.IDENTITY_DOCUMENT ? m.withSupplementDays(2) : m).toList());
        assertThat(ServiceItemRules.check(onIdentity)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("申请人身份证明", "不可容缺"));
    }

    @Test
    void a_risky_item_may_not_allow_deferral_unless_the_hall_allows_it() {
        ServiceItem risky = new ServiceItemBuilder().build()
                .withIntakeRules(RiskCategory.PERSONAL_HEALTH, false, null, null, false);
        assertThat(ServiceItemRules.check(risky)).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(ErrorCode.ITEM_RISK_FORBIDS_DEFERRAL);
            assertThat(x.message()).contains("人身健康");
        });
        assertThat(ServiceItemRules.check(risky, true)).isEmpty();
    }

    @Test
    void a_risky_item_never_allows_the_notification_commitment() {
        ServiceItem risky = new ServiceItemBuilder().deferralAllowed(false)
                .materials(ServiceItemBuilder.material("申请表", MaterialKind.APPLICATION_FORM, false)).build()
                .withIntakeRules(RiskCategory.PUBLIC_SAFETY, true, 60, null, false);
        assertThat(ServiceItemRules.check(risky, true)).extracting(Violation::field)
                .containsExactly("commitmentAllowed");
    }

    @Test
    void the_post_check_period_defaults_to_sixty_working_days_and_is_bounded() {
        ServiceItem item = new ServiceItemBuilder().build().withIntakeRules(RiskCategory.NONE, true, null, null,
                false);
        assertThat(item.postCheckWorkingDays()).isEqualTo(ServiceItem.DEFAULT_POST_CHECK_DAYS);
        assertThat(ServiceItemRules.check(item)).isEmpty();
        assertThat(ServiceItemRules.check(item.withIntakeRules(RiskCategory.NONE, true, 0, null, false)))
                .extracting(Violation::field).containsExactly("postCheckWorkingDays");
        assertThat(ServiceItemRules.check(item.withIntakeRules(RiskCategory.NONE, false, 30, null, false)))
                .extracting(Violation::field).containsExactly("postCheckWorkingDays");
    }

    @Test
    void the_seal_owner_defaults_to_the_department_and_may_not_be_overlong() {
        ServiceItem item = new ServiceItemBuilder().build();
        assertThat(item.sealOwnerOrDepartment()).isEqualTo("示范县卫生健康局");
        ServiceItem sealed = item.withIntakeRules(RiskCategory.NONE, false, null, " 示范县行政审批局 ", false);
        assertThat(sealed.sealOwnerOrDepartment()).isEqualTo("示范县行政审批局");
        assertThat(ServiceItemRules.check(item.withIntakeRules(RiskCategory.NONE, false, null, "局".repeat(101),
                false))).extracting(Violation::field).containsExactly("sealOwner");
    }

    @Test
    void a_bundle_member_asking_for_another_members_result_is_refused() {
        ServiceItem certificate = new ServiceItemBuilder().name("出生医学证明办理").deferralAllowed(false)
                .codes(ServiceItemBuilder.HEALTH_BUREAU + "4" + "002020017000", "002020017000")
                .materials(ServiceItemBuilder.material("申请表", MaterialKind.APPLICATION_FORM, false)).build();
        certificate = withResult(certificate, "出生医学证明");
        ServiceItem household = new ServiceItemBuilder().name("出生户口登记").deferralAllowed(false)
                .materials(ServiceItemBuilder.material("出生医学证明", MaterialKind.OTHER, false)).build();
        ServiceBundle bundle = new ServiceBundle("B", "出生一件事", null,
                List.of(certificate.implementationCode(), household.implementationCode()));
        var items = java.util.Map.of(certificate.implementationCode(), certificate,
                household.implementationCode(), household);
        assertThat(BundleRules.check(bundle, items)).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("itemCodes[1]");
            assertThat(x.code()).isEqualTo(ErrorCode.BUNDLE_ASKS_FOR_OWN_RESULT);
            assertThat(x.message()).contains("出生户口登记", "出生医学证明办理");
        });
        MaterialRequirement shared = new MaterialRequirement("出生医学证明", MaterialKind.OTHER, 0, 0, null, null,
                MaterialSource.SHARED, true, null, false, null, null);
        ServiceItem fixed = household.withMaterials(List.of(shared));
        assertThat(BundleRules.check(bundle, java.util.Map.of(certificate.implementationCode(), certificate,
                household.implementationCode(), fixed))).isEmpty();
    }

    private static ServiceItem withResult(ServiceItem i, String result) {
        return new ServiceItem(i.baseCode(), i.implementationCode(), i.name(), i.itemType(), i.department(),
                i.departmentCreditCode(), i.legalBasis(), i.statutoryLimit(), i.promisedLimit(), i.caseKind(),
                i.conditions(), i.processSteps(), i.fee(), i.serviceObjects(), i.channels(), i.visits(),
                i.specialProcedures(), result, i.deliveryOptions(), i.deferralAllowed(), i.contacts(), i.materials(),
                i.aliases());
    }
}
