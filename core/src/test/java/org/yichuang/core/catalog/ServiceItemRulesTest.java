package org.yichuang.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yichuang.core.catalog.ServiceItemBuilder.material;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yichuang.core.error.ErrorCode;

class ServiceItemRulesTest {

    private static List<ErrorCode> codes(ServiceItem item) {
        return ServiceItemRules.check(item).stream().map(Violation::code).toList();
    }

    @Test
    void a_complete_item_has_no_violations() {
        assertThat(ServiceItemRules.check(new ServiceItemBuilder().build())).isEmpty();
    }

    @Test
    void promised_limit_may_not_exceed_the_statutory_limit() {
        ServiceItem item = new ServiceItemBuilder().limits(TimeLimit.workingDays(20), TimeLimit.workingDays(21)).build();

        assertThat(ServiceItemRules.check(item)).singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo(ErrorCode.LIMIT_PROMISED_EXCEEDS_STATUTORY);
                    assertThat(v.field()).isEqualTo("promisedLimit");
                });
    }

    @Test
    void an_hour_limit_compares_with_days_over_office_hours_and_day_units_must_match() {
        TimeLimit twoDays = TimeLimit.workingDays(2);
        assertThat(codes(new ServiceItemBuilder().limits(twoDays, new TimeLimit(16, LimitUnit.HOURS)).build())).isEmpty();
        assertThat(codes(new ServiceItemBuilder().limits(twoDays, new TimeLimit(17, LimitUnit.HOURS)).build()))
                .containsExactly(ErrorCode.LIMIT_PROMISED_EXCEEDS_STATUTORY);
        assertThat(codes(new ServiceItemBuilder().limits(new TimeLimit(30, LimitUnit.NATURAL_DAYS), twoDays).build()))
                .containsExactly(ErrorCode.LIMIT_UNITS_DIFFER);
    }

    @Test
    void months_compare_with_months_and_with_natural_days_only_where_every_month_length_agrees() {
        TimeLimit threeMonths = new TimeLimit(3, LimitUnit.MONTHS);
        assertThat(codes(new ServiceItemBuilder().limits(threeMonths, new TimeLimit(2, LimitUnit.MONTHS)).build()))
                .isEmpty();
        assertThat(codes(new ServiceItemBuilder().limits(threeMonths, new TimeLimit(4, LimitUnit.MONTHS)).build()))
                .containsExactly(ErrorCode.LIMIT_PROMISED_EXCEEDS_STATUTORY);
        assertThat(codes(new ServiceItemBuilder().limits(threeMonths, new TimeLimit(84, LimitUnit.NATURAL_DAYS))
                .build())).isEmpty();
        assertThat(codes(new ServiceItemBuilder().limits(threeMonths, new TimeLimit(94, LimitUnit.NATURAL_DAYS))
                .build())).containsExactly(ErrorCode.LIMIT_PROMISED_EXCEEDS_STATUTORY);
        assertThat(codes(new ServiceItemBuilder().limits(threeMonths, new TimeLimit(90, LimitUnit.NATURAL_DAYS))
                .build())).containsExactly(ErrorCode.LIMIT_UNITS_DIFFER);
        assertThat(codes(new ServiceItemBuilder().limits(new TimeLimit(93, LimitUnit.NATURAL_DAYS), threeMonths)
                .build())).isEmpty();
        assertThat(codes(new ServiceItemBuilder().limits(threeMonths, TimeLimit.workingDays(20)).build()))
                .containsExactly(ErrorCode.LIMIT_UNITS_DIFFER);
        assertThat(codes(new ServiceItemBuilder().limits(threeMonths, new TimeLimit(8, LimitUnit.HOURS)).build()))
                .containsExactly(ErrorCode.LIMIT_UNITS_DIFFER);
    }

    @Test
    void identity_documents_and_application_forms_are_never_deferrable() {
        ServiceItem item = new ServiceItemBuilder().materials(
                material("居民身份证", MaterialKind.IDENTITY_DOCUMENT, true),
                material("申请表", MaterialKind.APPLICATION_FORM, true)).build();

        assertThat(ServiceItemRules.check(item)).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("materials[0].deferrable", ErrorCode.MATERIAL_NOT_DEFERRABLE),
                org.assertj.core.groups.Tuple.tuple("materials[1].deferrable", ErrorCode.MATERIAL_NOT_DEFERRABLE));
    }

    @Test
    void deferrable_materials_need_an_item_that_allows_deferral_and_immediate_items_never_do() {
        assertThat(codes(new ServiceItemBuilder().deferralAllowed(false).build()))
                .containsExactly(ErrorCode.MATERIAL_NOT_DEFERRABLE);
        assertThat(codes(new ServiceItemBuilder().caseKind(CaseKind.IMMEDIATE).build()))
                .containsExactly(ErrorCode.CATALOG_RULE_VIOLATED);
    }

    @Test
    void a_standard_implementation_code_must_embed_a_valid_credit_code_and_the_base_code() {
        String badCheck = "11450721MB15580812" + "4" + "000104002000";
        assertThat(codes(new ServiceItemBuilder().codes(badCheck, "000104002000").build()))
                .contains(ErrorCode.CREDIT_CODE_INVALID);
        String otherBase = ServiceItemBuilder.HEALTH_BUREAU + "4" + "000104003000";
        assertThat(codes(new ServiceItemBuilder().codes(otherBase, "000104002000").build()))
                .containsExactly(ErrorCode.ITEM_CODE_INVALID);
    }

    @Test
    void provincial_codes_of_other_shapes_are_kept_when_well_formed() {
        String sichuan = "511A0138000000-511602000000-000-115113010833722043-1-00";
        assertThat(codes(new ServiceItemBuilder().codes(sichuan, "511A0138000000").build())).isEmpty();
        assertThat(codes(new ServiceItemBuilder().codes("代码/含斜杠", "000104002000").build()))
                .containsExactly(ErrorCode.ITEM_CODE_INVALID);
    }

    @Test
    void a_department_credit_code_must_pass_its_checksum() {
        assertThat(codes(new ServiceItemBuilder().departmentCreditCode("11450721MB15580812").build()))
                .containsExactly(ErrorCode.CREDIT_CODE_INVALID);
    }

    @Test
    void a_department_credit_code_must_have_the_whole_gb_32100_structure_and_the_violation_says_which_part() {
        // right 18th character, but B is no registration authority
        String noAuthority = "B1450721MB155808" + "1";
        noAuthority += org.yichuang.core.identity.CreditCode.checkCharacter(noAuthority);
        java.util.List<Violation> violations = ServiceItemRules.check(new ServiceItemBuilder()
                .departmentCreditCode(noAuthority).build());
        assertThat(violations).extracting(Violation::field).contains("departmentCreditCode");
        assertThat(violations).filteredOn(v -> v.field().equals("departmentCreditCode")).singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo(ErrorCode.CREDIT_CODE_AUTHORITY);
                    assertThat(v.message()).contains("第 1 位");
                });
    }

    @Test
    void charged_items_need_an_amount_and_a_basis() {
        assertThat(codes(new ServiceItemBuilder().fee(new Fee(true, 0, null)).build()))
                .containsExactly(ErrorCode.CATALOG_RULE_VIOLATED);
        assertThat(codes(new ServiceItemBuilder().fee(Fee.of(5000, "财税〔2016〕42号")).build())).isEmpty();
    }

    @Test
    void article_45_procedures_always_stop_the_clock() {
        ServiceItem item = new ServiceItemBuilder().procedures(
                new SpecialProcedure(SpecialProcedureKind.HEARING, false),
                new SpecialProcedure(SpecialProcedureKind.TECHNICAL_REVIEW, false)).build();

        assertThat(ServiceItemRules.check(item)).extracting(Violation::field)
                .containsExactly("specialProcedures[0].stopsClock");
    }

    @Test
    void every_violation_is_reported_at_once() {
        ServiceItem item = new ServiceItemBuilder().name(" ").limits(TimeLimit.workingDays(5), TimeLimit.workingDays(9))
                .departmentCreditCode("X").materials(material("身份证", MaterialKind.IDENTITY_DOCUMENT, true),
                        material("身份证", MaterialKind.OTHER, false)).build();

        assertThat(codes(item)).containsExactlyInAnyOrder(ErrorCode.FIELD_REQUIRED,
                ErrorCode.LIMIT_PROMISED_EXCEEDS_STATUTORY, ErrorCode.CREDIT_CODE_INVALID,
                ErrorCode.MATERIAL_NOT_DEFERRABLE, ErrorCode.CATALOG_RULE_VIOLATED);
    }

    @Test
    void short_names_must_be_short_printable_and_named_once() {
        ServiceItem fine = new ServiceItemBuilder().build().withAliases(List.of("社保", "社保卡"));
        assertThat(ServiceItemRules.check(fine)).isEmpty();

        ServiceItem bad = new ServiceItemBuilder().build()
                .withAliases(List.of("社保", "社保", "社\u0007保", "一二三四五六七八九十一二三四五六七八九十一", " "));
        assertThat(ServiceItemRules.check(bad)).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("aliases[1]", ErrorCode.ITEM_ALIAS_INVALID),
                org.assertj.core.groups.Tuple.tuple("aliases[2]", ErrorCode.ITEM_ALIAS_INVALID),
                org.assertj.core.groups.Tuple.tuple("aliases[3]", ErrorCode.ITEM_ALIAS_INVALID),
                org.assertj.core.groups.Tuple.tuple("aliases[4]", ErrorCode.ITEM_ALIAS_INVALID));
        assertThat(ServiceItemRules.check(new ServiceItemBuilder().build()
                .withAliases(List.of("一二三四五六七八九十一二三四五六七八九十")))).isEmpty();
    }

    @Test
    void an_item_without_clock_fields_allows_one_extension_is_not_joint_and_has_no_step_limits() {
        ServiceItem item = new ServiceItemBuilder().build();

        assertThat(item.maxExtensions()).isEqualTo(1);
        assertThat(item.jointHandling()).isFalse();
        assertThat(item.stepLimits()).isEmpty();
    }

    @Test
    void step_limits_name_steps_of_the_process_and_keep_their_order() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("审查", 3);
        limits.put("受理", 1);
        ServiceItem item = new ServiceItemBuilder().clockRules(2, true, limits).build();

        assertThat(ServiceItemRules.check(item)).isEmpty();
        assertThat(item.stepLimits().keySet()).containsExactly("审查", "受理");
    }

    @Test
    void a_step_limit_for_a_step_not_in_the_process_is_refused() {
        ServiceItem item = new ServiceItemBuilder().clockRules(1, false, Map.of("现场核查", 2)).build();

        assertThat(ServiceItemRules.check(item)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ErrorCode.CATALOG_RULE_VIOLATED);
            assertThat(v.field()).isEqualTo("stepLimits");
            assertThat(v.message()).contains("现场核查");
        });
    }

    @Test
    void step_limits_are_at_least_one_day_and_together_fit_in_the_promised_limit() {
        assertThat(codes(new ServiceItemBuilder().clockRules(1, false, Map.of("审查", 0)).build()))
                .containsExactly(ErrorCode.CATALOG_RULE_VIOLATED);
        // the builder's promised limit is 5 working days
        assertThat(codes(new ServiceItemBuilder().clockRules(1, false, Map.of("审查", 4, "决定", 2)).build()))
                .containsExactly(ErrorCode.CATALOG_RULE_VIOLATED);
        assertThat(codes(new ServiceItemBuilder().clockRules(1, false, Map.of("审查", 3, "决定", 2)).build()))
                .isEmpty();
    }

    @Test
    void the_number_of_extensions_is_between_zero_and_three() {
        assertThat(codes(new ServiceItemBuilder().clockRules(0, false, Map.of()).build())).isEmpty();
        assertThat(codes(new ServiceItemBuilder().clockRules(3, false, Map.of()).build())).isEmpty();
        assertThat(codes(new ServiceItemBuilder().clockRules(-1, false, Map.of()).build()))
                .containsExactly(ErrorCode.CATALOG_RULE_VIOLATED);
        assertThat(codes(new ServiceItemBuilder().clockRules(4, false, Map.of()).build()))
                .containsExactly(ErrorCode.CATALOG_RULE_VIOLATED);
    }

    @Test
    void a_step_limit_without_a_step_name_or_longer_than_a_year_is_refused_with_the_step_named() {
        Map<String, Integer> blank = new LinkedHashMap<>();
        blank.put(" ", 1);
        assertThat(ServiceItemRules.check(new ServiceItemBuilder().clockRules(1, false, blank).build()))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("环节名称不能为空"));

        ServiceItem tooLong = new ServiceItemBuilder().clockRules(1, false, Map.of("审查", 366)).build();
        assertThat(ServiceItemRules.check(tooLong)).extracting(Violation::field, Violation::message)
                .contains(org.assertj.core.groups.Tuple.tuple("stepLimits.审查",
                        "环节“审查”的时限为366个工作日，超过365个工作日，请检查是否填错。"));
    }
}
