package org.yichuang.catalogio.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.DemoCatalog;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.ProblemAssert;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;

class JsonCatalogWriteTest {
    private final CatalogFiles files = new CatalogFiles();
    private final CatalogDocument demo = DemoCatalog.load();

    @Test
    void the_shipped_demo_file_reads_without_problems_into_the_documented_records() {
        ParsedCatalog read = files.read(DemoCatalog.bytes(), CatalogFormat.JSON, Set.of());

        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems())).isEmpty();
        assertThat(read.document()).isEqualTo(demo);
    }

    @Test
    void the_demo_catalog_survives_a_json_round_trip_unchanged() {
        ParsedCatalog read = files.read(files.write(demo, CatalogFormat.JSON), CatalogFormat.JSON, Set.of());

        assertThat(read.ok()).isTrue();
        assertThat(read.document()).isEqualTo(demo);
    }

    @Test
    void the_file_is_pretty_printed_utf8_with_chinese_as_is_and_a_final_newline() {
        String json = new String(files.write(demo, CatalogFormat.JSON), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n    \"formatVersion\": 1,\n    \"title\": \"示范县");
        assertThat(json).contains("\n    \"items\": [\n        {\n            \"name\": \"公共场所卫生许可证核发\",\n"
                + "            \"aliases\": [\n                \"卫生许可证\",\n                \"卫生许可\"\n            ],\n"
                + "            \"baseCode\": \"000104002000\",");
        assertThat(json).contains("\"specialProcedures\": [],").doesNotContain("\\u").doesNotContain("\t");
        assertThat(json).doesNotContain("\"paperSize\": null");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void sets_are_written_in_declaration_order_so_exports_do_not_change_between_runs() {
        String json = new String(files.write(demo, CatalogFormat.JSON), StandardCharsets.UTF_8);

        // the first item serves 自然人, 企业 and 其他组织; the demo file lists them in another order
        assertThat(json).contains("\"serviceObjects\": [\n                \"NATURAL_PERSON\",\n"
                + "                \"ENTERPRISE\",\n                \"OTHER_ORGANIZATION\"\n            ]");
        assertThat(files.write(demo, CatalogFormat.JSON))
                .isEqualTo(files.write(DemoCatalog.load(), CatalogFormat.JSON));
    }
}
