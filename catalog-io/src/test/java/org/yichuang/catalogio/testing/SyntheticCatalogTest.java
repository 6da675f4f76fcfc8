package org.yichuang.catalogio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.ProblemAssert;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ImplementationCode;
import org.yichuang.core.catalog.MaterialKind;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemRules;
import org.yichuang.core.identity.CreditCode;

class SyntheticCatalogTest {

    @Test
    void every_generated_item_keeps_every_catalog_rule() {
        CatalogDocument catalog = SyntheticCatalog.generate(3_000, 7);

        List<String> broken = catalog.items().stream()
                .flatMap(i -> ServiceItemRules.check(i).stream()
                        .map(v -> i.name() + " " + v.field() + " " + v.message()))
                .toList();

        assertThat(catalog.items()).hasSize(3_000);
        assertThat(broken).isEmpty();
    }

    @Test
    void implementation_codes_are_unique_standard_codes_on_valid_credit_codes() {
        CatalogDocument catalog = SyntheticCatalog.generate(5_000, 11);

        Set<String> codes = catalog.items().stream().map(ServiceItem::implementationCode).collect(Collectors.toSet());

        assertThat(codes).hasSize(5_000);
        assertThat(catalog.items()).allSatisfy(item -> {
            assertThat(ImplementationCode.parseStandard(item.implementationCode())).isPresent();
            assertThat(CreditCode.isValid(item.departmentCreditCode())).isTrue();
            assertThat(item.implementationCode()).startsWith(item.departmentCreditCode()).endsWith(item.baseCode());
        });
    }

    @Test
    void items_have_three_to_eight_materials_led_by_identity_and_application_form() {
        CatalogDocument catalog = SyntheticCatalog.generate(1_000, 3);

        assertThat(catalog.items()).allSatisfy(item -> {
            assertThat(item.materials()).hasSizeBetween(3, 8);
            assertThat(item.materials().get(0).kind()).isEqualTo(MaterialKind.IDENTITY_DOCUMENT);
            assertThat(item.materials().get(1).kind()).isEqualTo(MaterialKind.APPLICATION_FORM);
        });
        assertThat(catalog.items().stream().mapToInt(i -> i.materials().size()).distinct().count()).isEqualTo(6);
        assertThat(catalog.items().stream().filter(ServiceItem::deferralAllowed)
                .allMatch(i -> i.materials().stream().anyMatch(m -> m.deferrable()))).isTrue();
    }

    @Test
    void names_are_varied_chinese_words_for_search_to_work_on() {
        CatalogDocument catalog = SyntheticCatalog.generate(2_000, 5);

        Set<String> names = catalog.items().stream().map(ServiceItem::name).collect(Collectors.toSet());
        Set<String> departments = catalog.items().stream().map(ServiceItem::department).collect(Collectors.toSet());

        assertThat(names).hasSize(2_000);
        assertThat(departments).hasSize(20);
        assertThat(names).allMatch(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN));
        assertThat(names).contains("公共场所卫生许可证核发");
    }

    @Test
    void bundles_name_existing_items_and_have_unique_codes() {
        CatalogDocument catalog = SyntheticCatalog.generate(1_000, 9);
        Set<String> codes = catalog.items().stream().map(ServiceItem::implementationCode).collect(Collectors.toSet());

        assertThat(catalog.bundles()).hasSize(10);
        assertThat(catalog.bundles()).allSatisfy(b -> {
            assertThat(b.itemCodes()).hasSizeBetween(2, 5).doesNotHaveDuplicates();
            assertThat(codes).containsAll(b.itemCodes());
        });
        assertThat(new HashSet<>(catalog.bundles().stream().map(b -> b.code()).toList())).hasSize(10);
    }

    @Test
    void the_same_seed_gives_the_same_catalog_and_another_seed_another() {
        assertThat(SyntheticCatalog.generate(500, 42)).isEqualTo(SyntheticCatalog.generate(500, 42));
        assertThat(SyntheticCatalog.generate(500, 43)).isNotEqualTo(SyntheticCatalog.generate(500, 42));
    }

    @Test
    void a_generated_catalog_imports_cleanly_from_both_file_formats() {
        CatalogDocument catalog = SyntheticCatalog.generate(800, 21);
        CatalogFiles files = new CatalogFiles();

        for (CatalogFormat format : CatalogFormat.values()) {
            ParsedCatalog read = files.read(files.write(catalog, format), format, Set.of());
            assertThat(read.problems()).as(() -> format + ProblemAssert.describe(read.problems())).isEmpty();
            assertThat(read.document()).as(format.name()).isEqualTo(catalog);
        }
    }
}
