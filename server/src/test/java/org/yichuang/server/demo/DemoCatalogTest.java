package org.yichuang.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yichuang.core.identity.CreditCode;
import org.yichuang.server.catalog.ItemRow;

class DemoCatalogTest {
    private final List<ItemRow> items = DemoCatalog.items();

    @Test
    void the_catalog_has_about_twenty_items_from_many_departments() {
        assertThat(items).hasSizeGreaterThanOrEqualTo(20);
        assertThat(items.stream().map(ItemRow::department).distinct().count()).isGreaterThanOrEqualTo(8);
        assertThat(items.stream().map(ItemRow::implementationCode).distinct().count()).isEqualTo(items.size());
    }

    @Test
    void every_department_has_a_valid_unified_social_credit_code() {
        assertThat(items).allSatisfy(i -> assertThat(CreditCode.isValid(i.departmentCreditCode()))
                .as(i.department()).isTrue());
    }

    @Test
    void implementation_codes_are_credit_code_plus_level_plus_base_code() {
        assertThat(items).allSatisfy(i -> {
            assertThat(i.baseCode()).hasSize(12).containsOnlyDigits();
            assertThat(i.implementationCode()).hasSize(31)
                    .isEqualTo(i.departmentCreditCode() + i.level() + i.baseCode());
        });
    }

    @Test
    void promised_limits_never_exceed_statutory_limits() {
        assertThat(items).allSatisfy(i -> {
            assertThat(i.promisedUnit()).isEqualTo(i.statutoryUnit());
            assertThat(i.promisedValue()).isLessThanOrEqualTo(i.statutoryValue());
        });
    }
}
