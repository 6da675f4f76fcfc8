package org.yichuang.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yichuang.core.identity.CreditCode;

/** The demo catalog shipped as data (issue 3) is read the way the server reads it and must be valid, varied and true. */
class DemoCatalogTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static CatalogDocument catalog;

    @BeforeAll
    static void readCatalog() throws IOException {
        try (InputStream in = DemoCatalogTest.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            assertThat(in).as("demo catalog on the classpath").isNotNull();
            catalog = MAPPER.readValue(in, CatalogDocument.class);
        }
    }

    private static List<ServiceItem> items() {
        return catalog.items();
    }

    private static ServiceItem item(String name) {
        return items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no item named " + name));
    }

    private static ServiceBundle bundle(String code) {
        return catalog.bundles().stream().filter(b -> b.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + code));
    }

    @Test
    void the_file_is_in_the_current_format() {
        assertThat(catalog.formatVersion()).isEqualTo(CatalogDocument.FORMAT_VERSION);
        assertThat(catalog.title()).isNotBlank();
    }

    @Test
    void every_item_passes_the_catalog_rules() {
        Map<String, List<Violation>> broken = new LinkedHashMap<>();
        for (ServiceItem item : items()) {
            List<Violation> violations = ServiceItemRules.check(item);
            if (!violations.isEmpty()) {
                broken.put(item.name() + " " + item.implementationCode(), violations);
            }
        }
        assertThat(broken).as(() -> broken.entrySet().stream()
                .map(e -> e.getKey() + ":\n  " + e.getValue().stream()
                        .map(v -> v.field() + " " + v.code() + " " + v.message()).collect(Collectors.joining("\n  ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void implementation_codes_are_unique_and_embed_the_departments_credit_code_and_the_base_code() {
        Set<String> seen = new HashSet<>();
        for (ServiceItem item : items()) {
            String code = item.implementationCode();
            assertThat(seen.add(code)).as("duplicate implementation code %s", code).isTrue();
            assertThat(CreditCode.isValid(item.departmentCreditCode()))
                    .as("credit code of %s: %s", item.department(), item.departmentCreditCode()).isTrue();
            if (code.length() == ImplementationCode.STANDARD_LENGTH) {
                Optional<ImplementationCode> parts = ImplementationCode.parseStandard(code);
                assertThat(parts).as("standard code %s", code).isPresent();
                assertThat(parts.get().creditCode()).as(code).isEqualTo(item.departmentCreditCode());
                assertThat(parts.get().baseCode()).as(code).isEqualTo(item.baseCode());
            }
        }
    }

    @Test
    void base_codes_follow_the_twelve_character_layout_with_the_item_type_in_place() {
        for (ServiceItem item : items()) {
            String base = item.baseCode();
            assertThat(base).as(item.name()).matches("(00|45)[0-9]{10}");
            assertThat(base.substring(2, 4)).as("type digits of %s", item.name()).isEqualTo(item.itemType().code());
        }
    }

    @Test
    void one_department_has_one_credit_code_and_one_level() {
        Map<String, Set<String>> codesByDepartment = items().stream().collect(Collectors.groupingBy(
                ServiceItem::department, Collectors.mapping(i -> i.implementationCode().substring(0, 19),
                        Collectors.toSet())));
        assertThat(codesByDepartment).allSatisfy((dept, codes) -> assertThat(codes).as(dept).hasSize(1));
    }

    @Test
    void the_catalog_is_big_enough_for_a_county_hall() {
        assertThat(items()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(items().stream().map(ServiceItem::department).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(catalog.bundles()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void every_bundle_refers_to_existing_items_only_once() {
        assertThat(catalog.bundles()).allSatisfy(b -> {
            assertThat(b.code()).startsWith("BUNDLE-");
            assertThat(b.name()).isNotBlank();
            assertThat(b.description()).isNotBlank();
            assertThat(b.itemCodes()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
            assertThat(b.itemCodes()).allSatisfy(code -> assertThat(catalog.findItem(code)).as(code).isPresent());
        });
        assertThat(catalog.bundles()).extracting(ServiceBundle::code).doesNotHaveDuplicates();
    }

    @Test
    void the_restaurant_bundle_asks_for_a_shared_material_once() {
        ServiceBundle canyin = bundle("BUNDLE-CANYIN");
        assertThat(canyin.name()).isEqualTo("开办餐饮店");
        List<ServiceItem> members = canyin.itemCodes().stream().map(c -> catalog.findItem(c).orElseThrow()).toList();
        assertThat(members).extracting(ServiceItem::name).contains("个体工商户登记", "食品经营许可（新办）");

        List<MergedMaterial> merged = BundleMaterials.merge(members);

        int total = members.stream().mapToInt(i -> i.materials().size()).sum();
        assertThat(merged).hasSizeLessThan(total);
        assertThat(merged).extracting(m -> m.material().name()).doesNotHaveDuplicates();
        MergedMaterial id = merged.stream().filter(m -> m.material().name().equals("申请人身份证明")).findFirst()
                .orElseThrow();
        assertThat(id.itemCodes()).containsExactlyElementsOf(canyin.itemCodes());
        assertThat(id.material().kind()).isEqualTo(MaterialKind.IDENTITY_DOCUMENT);
        MergedMaterial licence = merged.stream().filter(m -> m.material().name().equals("营业执照")).findFirst()
                .orElseThrow();
        assertThat(licence.itemCodes()).hasSizeGreaterThanOrEqualTo(2)
                .contains(item("食品经营许可（新办）").implementationCode());
        assertThat(licence.material().source()).isEqualTo(MaterialSource.SHARED);
    }

    @Test
    void the_birth_bundle_asks_for_the_birth_certificate_once_and_requires_it() {
        ServiceBundle birth = bundle("BUNDLE-CHUSHENG");
        List<ServiceItem> members = birth.itemCodes().stream().map(c -> catalog.findItem(c).orElseThrow()).toList();

        MergedMaterial certificate = BundleMaterials.merge(members).stream()
                .filter(m -> m.material().name().equals("出生医学证明")).findFirst().orElseThrow();

        assertThat(certificate.itemCodes()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(certificate.material().required()).isTrue();
    }

    @Test
    void some_items_allow_deferral_of_secondary_materials_only() {
        List<ServiceItem> deferring = items().stream().filter(ServiceItem::deferralAllowed).toList();
        assertThat(deferring).hasSizeGreaterThanOrEqualTo(3);
        assertThat(deferring).allSatisfy(i -> assertThat(i.materials()).as(i.name())
                .anySatisfy(m -> assertThat(m.deferrable()).isTrue()));
        assertThat(items()).allSatisfy(i -> assertThat(i.materials()).as(i.name())
                .filteredOn(m -> m.kind().neverDeferrable())
                .allSatisfy(m -> assertThat(m.deferrable()).as(m.name()).isFalse()));
        assertThat(items()).filteredOn(i -> !i.deferralAllowed())
                .allSatisfy(i -> assertThat(i.materials()).as(i.name()).noneMatch(MaterialRequirement::deferrable));
    }

    @Test
    void every_item_asks_for_an_application_form_and_some_identity() {
        assertThat(items()).allSatisfy(i -> {
            assertThat(i.materials()).as(i.name()).anyMatch(m -> m.kind() == MaterialKind.APPLICATION_FORM);
            assertThat(i.materials()).as(i.name()).anyMatch(m -> m.kind() == MaterialKind.IDENTITY_DOCUMENT);
            assertThat(i.materials()).as(i.name())
                    .filteredOn(m -> !m.required()).allSatisfy(m -> assertThat(m.condition()).isNotBlank());
        });
    }

    @Test
    void on_the_spot_items_are_decided_within_hours_and_never_defer() {
        List<ServiceItem> immediate = items().stream().filter(i -> i.caseKind() == CaseKind.IMMEDIATE).toList();
        assertThat(immediate).hasSizeGreaterThanOrEqualTo(5);
        assertThat(immediate).allSatisfy(i -> {
            TimeLimit promised = i.promisedLimit();
            assertThat(promised.unit() == LimitUnit.HOURS || promised.value() == 0)
                    .as("%s promised %s", i.name(), promised).isTrue();
            assertThat(i.deferralAllowed()).as(i.name()).isFalse();
        });
        assertThat(item("内地居民结婚登记").caseKind()).isEqualTo(CaseKind.IMMEDIATE);
    }

    @Test
    void promised_items_promise_less_than_or_equal_to_the_law() {
        assertThat(items()).filteredOn(i -> i.caseKind() == CaseKind.PROMISED).allSatisfy(i -> {
            assertThat(i.promisedLimit().unit()).as(i.name()).isEqualTo(i.statutoryLimit().unit());
            assertThat(i.promisedLimit().value()).as(i.name()).isPositive()
                    .isLessThanOrEqualTo(i.statutoryLimit().value());
        });
        assertThat(item("企业设立登记").promisedLimit()).isEqualTo(TimeLimit.workingDays(1));
        assertThat(item("不动产首次登记").statutoryLimit()).isEqualTo(TimeLimit.workingDays(30));
    }

    @Test
    void charged_items_state_amount_and_legal_basis() {
        List<ServiceItem> charged = items().stream().filter(i -> i.fee().charged()).toList();
        assertThat(charged).isNotEmpty().allSatisfy(i -> {
            assertThat(i.fee().amountFen()).as(i.name()).isPositive();
            assertThat(i.fee().basis()).as(i.name()).isNotBlank();
        });
        Fee property = item("不动产转移登记").fee();
        assertThat(property.amountFen()).isEqualTo(8000);
        assertThat(property.basis()).contains("发改价格规〔2016〕2559号");
        assertThat(items()).filteredOn(i -> !i.fee().charged()).allSatisfy(i -> assertThat(i.fee()).isEqualTo(Fee.FREE));
    }

    @Test
    void some_items_have_special_procedures_and_article_45_kinds_stop_the_clock() {
        List<SpecialProcedure> procedures = items().stream().flatMap(i -> i.specialProcedures().stream()).toList();
        assertThat(procedures).anyMatch(p -> p.kind().statutoryExclusion());
        assertThat(procedures).filteredOn(p -> p.kind().statutoryExclusion())
                .allSatisfy(p -> assertThat(p.stopsClock()).as(p.kind().name()).isTrue());
        assertThat(item("民办学校设立（正式设立）").specialProcedures())
                .contains(new SpecialProcedure(SpecialProcedureKind.EXPERT_REVIEW, true));
    }

    @Test
    void every_item_has_contacts_a_legal_basis_steps_and_a_result() {
        assertThat(items()).allSatisfy(i -> {
            assertThat(i.legalBasis()).as(i.name()).contains("《");
            assertThat(i.conditions()).as(i.name()).isNotBlank();
            assertThat(i.processSteps()).as(i.name()).isNotEmpty();
            assertThat(i.resultName()).as(i.name()).isNotBlank();
            assertThat(i.serviceObjects()).as(i.name()).isNotEmpty();
            assertThat(i.channels()).as(i.name()).contains(Channel.COUNTER);
            assertThat(i.deliveryOptions()).as(i.name()).isNotEmpty();
            assertThat(i.visits()).as(i.name()).isBetween(0, 2);
            assertThat(i.contacts().supervisionPhone()).as(i.name()).isEqualTo("12345");
            assertThat(i.contacts().consultPhone()).as(i.name()).startsWith("0771-");
        });
    }

    @Test
    void serializing_and_parsing_again_gives_equal_records() throws IOException {
        String json = MAPPER.writeValueAsString(catalog);

        CatalogDocument again = MAPPER.readValue(json, CatalogDocument.class);

        assertThat(again).isEqualTo(catalog);
        assertThat(again.items()).containsExactlyElementsOf(catalog.items());
    }

    @Test
    void the_short_names_clerks_type_lead_to_the_right_items() {
        assertThat(item("社会保障卡申领").aliases()).contains("社保", "社保卡");
        assertThat(item("住房公积金提取").aliases()).contains("公积金");
        assertThat(item("城乡居民基本医疗保险参保登记").aliases()).contains("医保");
        assertThat(item("企业设立登记").aliases()).contains("营业执照");
        assertThat(item("出生户口登记").aliases()).contains("户口");
    }
    // issue 10: intake rules of the demo catalog

    @Test
    void no_bundle_asks_the_applicant_for_what_its_own_members_produce() {
        Map<String, ServiceItem> byCode = items().stream()
                .collect(Collectors.toMap(ServiceItem::implementationCode, i -> i));
        assertThat(catalog.bundles()).allSatisfy(b -> assertThat(BundleRules.check(b, byCode)).as(b.name()).isEmpty());
    }

    @Test
    void the_company_start_up_bundle_carves_the_seal_between_registration_and_invoices() {
        List<String> names = bundle("BUNDLE-QIYEKAIBAN").itemCodes().stream()
                .map(c -> catalog.findItem(c).orElseThrow().name()).toList();
        assertThat(names).containsSubsequence("企业设立登记", "公章刻制备案", "发票领用");
    }

    @Test
    void supplement_periods_fit_in_the_promised_limit_and_risky_items_do_not_defer() {
        assertThat(item("企业设立登记").materials()).filteredOn(MaterialRequirement::deferrable)
                .allSatisfy(m -> assertThat(m.supplementDays()).isEqualTo(1));
        assertThat(items()).filteredOn(i -> i.riskCategory().risky())
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(i -> assertThat(i.deferralAllowed()).as(i.name()).isFalse());
        assertThat(item("不动产转移登记").askGenuineIntent()).isTrue();
        assertThat(item("户口迁移（迁入）").askGenuineIntent()).isTrue();
        assertThat(item("教师资格认定").commitmentAllowed()).isTrue();
    }
}
