package org.yichuang.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemBuilder;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.intake.IntakeOutcome;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.intake.MaterialStatus;

class BundleChecklistTest {
    private final ServiceItem first = new ServiceItemBuilder().name("甲事项")
            .materials(ServiceItemBuilder.material("申请人身份证明", MaterialKind.IDENTITY_DOCUMENT, false),
                    ServiceItemBuilder.material("甲申请表", MaterialKind.APPLICATION_FORM, false)).build();
    private final ServiceItem second = new ServiceItemBuilder().name("乙事项")
            .codes("11450721MB15580811" + "4" + "000104009000", "000104009000")
            // the same material under a full-width spelling: one line in the merged list
            .materials(ServiceItemBuilder.material("申请人 身份证明", MaterialKind.IDENTITY_DOCUMENT, false),
                    ServiceItemBuilder.material("乙申请表", MaterialKind.APPLICATION_FORM, false)).build();

    @Test
    void a_shared_material_is_ticked_once_and_reaches_every_member_under_its_own_name() {
        List<MaterialCheck> merged = List.of(MaterialCheck.received("申请人身份证明", 1, 1, 1),
                MaterialCheck.received("甲申请表", 1, 0, 2), MaterialCheck.received("乙申请表", 1, 0, 3));

        List<BundleChecklist.ChildIntake> split = BundleChecklist.split(List.of(first, second),
                IntakeOutcome.ACCEPT, merged);

        assertThat(BundleChecklist.merged(List.of(first, second))).hasSize(3);
        assertThat(split.get(0).materials()).extracting(MaterialCheck::name).containsExactly("申请人身份证明", "甲申请表");
        assertThat(split.get(1).materials()).extracting(MaterialCheck::name).containsExactly("申请人 身份证明", "乙申请表");
        assertThat(split.get(1).materials().get(0).status()).isEqualTo(MaterialStatus.RECEIVED);
        assertThat(split).extracting(BundleChecklist.ChildIntake::outcome).containsOnly(IntakeOutcome.ACCEPT);
    }

    @Test
    void under_a_supplement_notice_a_complete_member_is_accepted() {
        List<MaterialCheck> merged = List.of(MaterialCheck.received("申请人身份证明", 1, 1, 1),
                MaterialCheck.received("甲申请表", 1, 0, 2), MaterialCheck.missing("乙申请表"));

        List<BundleChecklist.ChildIntake> split = BundleChecklist.split(List.of(first, second),
                IntakeOutcome.NEEDS_SUPPLEMENT, merged);

        assertThat(split).extracting(BundleChecklist.ChildIntake::outcome)
                .containsExactly(IntakeOutcome.ACCEPT, IntakeOutcome.NEEDS_SUPPLEMENT);
    }

    @Test
    void deferral_or_a_supplement_notice_on_a_complete_application_is_refused_as_for_a_single_case() {
        List<MaterialCheck> merged = List.of(MaterialCheck.received("申请人身份证明", 1, 1, 1),
                MaterialCheck.received("甲申请表", 1, 0, 2), MaterialCheck.received("乙申请表", 1, 0, 3));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BundleChecklist.split(List.of(first, second),
                IntakeOutcome.NEEDS_SUPPLEMENT, merged)).isInstanceOfSatisfying(
                        org.yichuang.core.error.DomainException.class, e -> assertThat(e.code())
                                .isEqualTo(org.yichuang.core.error.ErrorCode.INTAKE_NOTHING_TO_SUPPLEMENT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BundleChecklist.split(List.of(first, second),
                IntakeOutcome.ACCEPT_DEFERRED, merged)).isInstanceOfSatisfying(
                        org.yichuang.core.error.DomainException.class, e -> assertThat(e.code())
                                .isEqualTo(org.yichuang.core.error.ErrorCode.INTAKE_DEFERRAL_NOT_ALLOWED));
    }

    @Test
    void with_an_agent_every_member_asks_for_the_authorisation_and_the_merged_list_once() {
        List<ServiceItem> checked = BundleChecklist.asChecked(List.of(first, second), true);

        assertThat(checked).allSatisfy(i -> assertThat(i.materials()).extracting(m -> m.name())
                .contains(org.yichuang.core.intake.IntakeRules.AUTHORISATION));
        assertThat(BundleChecklist.merged(checked)).extracting(m -> m.material().name())
                .containsOnlyOnce(org.yichuang.core.intake.IntakeRules.AUTHORISATION).hasSize(4);
    }

    @Test
    void a_missing_unknown_or_repeated_line_is_refused() {
        List<ServiceItem> both = List.of(first, second);
        MaterialCheck id = MaterialCheck.received("申请人身份证明", 1, 1, 1);
        MaterialCheck a = MaterialCheck.received("甲申请表", 1, 0, 2);
        MaterialCheck b = MaterialCheck.received("乙申请表", 1, 0, 2);
        for (List<MaterialCheck> bad : List.of(List.of(id, a), List.of(id, a, b, MaterialCheck.missing("丙")),
                List.of(id, a, b, MaterialCheck.received("申请人身份证明", 1, 0, 1)))) {
            assertThatThrownBy(() -> BundleChecklist.split(both, IntakeOutcome.ACCEPT, bad))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).code())
                            .isEqualTo(ErrorCode.BUNDLE_INTAKE_CHECKLIST_MISMATCH));
        }
    }
}
