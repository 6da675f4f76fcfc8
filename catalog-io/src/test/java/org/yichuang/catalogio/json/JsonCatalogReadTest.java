package org.yichuang.catalogio.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.DemoCatalog;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.ProblemAssert;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.error.Problem;

/**
 * Bad JSON catalogs: each problem located by field path, all of a file's problems at once, never an exception.
 * Item 0 of the demo is 公共场所卫生许可证核发 (20/5 working days, 人身健康: no 容缺).
 */
class JsonCatalogReadTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CatalogFiles files = new CatalogFiles();
    private ObjectNode root;

    @BeforeEach
    void loadDemoTree() throws IOException {
        root = (ObjectNode) MAPPER.readTree(DemoCatalog.bytes());
    }

    private ObjectNode item(int i) {
        return (ObjectNode) root.withArray("items").get(i);
    }

    private ParsedCatalog read() {
        return read(bytes(root));
    }

    private ParsedCatalog read(byte[] content) {
        return files.read(content, CatalogFormat.JSON, Set.of());
    }

    private static byte[] bytes(Object tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts exactly these problems as {@code path CODE} and returns them. */
    private List<Problem> expectOnly(String... keys) {
        ParsedCatalog read = read();
        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems()))
                .extracting(p -> p.field() + " " + p.code()).containsExactly(keys);
        assertThat(read.ok()).isFalse();
        return read.problems();
    }

    private Problem theOnlyProblem(byte[] content) {
        ParsedCatalog read = read(content);
        assertThat(read.problems()).hasSize(1);
        assertThat(read.document()).isNull();
        return read.problems().get(0);
    }

    @Test
    void an_unknown_field_is_an_error_at_its_path() {
        ((ObjectNode) item(0).withArray("materials").get(1)).put("colour", "red");

        assertThat(expectOnly("items[0].materials[1].colour CATALOG_VALUE_INVALID").get(0).message())
                .contains("colour");
    }

    @Test
    void an_unknown_enum_name_is_reported_with_its_value_and_the_allowed_names() {
        ((ObjectNode) item(3).get("promisedLimit")).put("unit", "WEEKS");

        assertThat(expectOnly("items[3].promisedLimit.unit CATALOG_VALUE_INVALID").get(0).message())
                .contains("WEEKS", "WORKING_DAYS", "NATURAL_DAYS", "HOURS");
    }

    @Test
    void days_in_chinese_numerals_are_reported_without_a_follow_up_about_the_limits() {
        ((ObjectNode) item(0).get("statutoryLimit")).put("value", "二十");

        assertThat(expectOnly("items[0].statutoryLimit.value CATALOG_VALUE_INVALID").get(0).message())
                .contains("二十", "整数");
    }

    @Test
    void numbers_in_quotes_and_names_as_numbers_are_not_coerced() {
        item(0).put("visits", "1");
        item(1).put("itemType", 1);
        item(2).put("deferralAllowed", "true");

        expectOnly("items[0].visits CATALOG_VALUE_INVALID", "items[1].itemType CATALOG_VALUE_INVALID",
                "items[2].deferralAllowed CATALOG_VALUE_INVALID");
    }

    @Test
    void a_missing_required_material_field_is_reported_as_missing() {
        ((ObjectNode) item(0).withArray("materials").get(0)).remove("kind");

        expectOnly("items[0].materials[0].kind CATALOG_FIELD_MISSING");
    }

    @Test
    void a_negative_limit_is_reported_at_its_value() {
        ((ObjectNode) item(0).get("promisedLimit")).put("value", -3);

        expectOnly("items[0].promisedLimit.value CATALOG_VALUE_INVALID");
    }

    @Test
    void a_null_in_a_list_is_reported_at_its_index() {
        item(0).withArray("processSteps").insertNull(1);

        expectOnly("items[0].processSteps[1] CATALOG_VALUE_INVALID");
    }

    @Test
    void the_catalog_rules_are_reported_at_the_items_field() {
        ((ObjectNode) item(2).get("promisedLimit")).put("value", 999);
        ((ObjectNode) item(0).withArray("materials").get(0)).put("deferrable", true);

        expectOnly("items[0].materials[0].deferrable MATERIAL_NOT_DEFERRABLE",
                "items[2].promisedLimit LIMIT_PROMISED_EXCEEDS_STATUTORY");
    }

    @Test
    void a_bad_credit_code_and_a_malformed_implementation_code_are_reported() {
        String code = item(0).get("departmentCreditCode").asText();
        item(0).put("departmentCreditCode", code.substring(0, 17) + (code.endsWith("0") ? "1" : "0"));
        item(1).put("implementationCode", "实施编码-1");

        ParsedCatalog read = read();

        assertThat(read.problems()).extracting(p -> p.field() + " " + p.code()).contains(
                "items[0].departmentCreditCode CREDIT_CODE_INVALID", "items[1].implementationCode ITEM_CODE_INVALID");
    }

    @Test
    void a_duplicate_implementation_code_names_the_first_entry() {
        item(5).put("implementationCode", item(4).get("implementationCode").asText())
                .put("baseCode", item(4).get("baseCode").asText())
                .put("departmentCreditCode", item(4).get("departmentCreditCode").asText());

        assertThat(expectOnly("items[5].implementationCode CATALOG_DUPLICATE_CODE").get(0).message())
                .contains("items[4]");
    }

    @Test
    void a_bundle_member_unknown_to_file_and_catalog_is_reported_unless_the_catalog_has_it() {
        String unknown = "11450128MB1602185R4009999999000";
        ((ArrayNode) root.withArray("bundles").get(0).get("itemCodes")).add(unknown);
        int last = root.withArray("bundles").get(0).get("itemCodes").size() - 1;

        ParsedCatalog alone = read();
        ParsedCatalog withCatalog = files.read(bytes(root), CatalogFormat.JSON, Set.of(unknown));

        assertThat(alone.problems()).extracting(p -> p.field() + " " + p.code())
                .containsExactly("bundles[0].itemCodes[" + last + "] BUNDLE_ITEM_UNKNOWN");
        assertThat(withCatalog.ok()).isTrue();
    }

    @Test
    void an_entry_that_is_not_an_object_is_reported_and_the_others_are_still_checked() {
        String code = item(1).get("implementationCode").asText();
        root.withArray("items").set(1, root.textNode(code));
        ((ObjectNode) item(2).get("promisedLimit")).put("value", 999);

        // bundles naming the unreadable item are not reported again as unknown
        expectOnly("items[1] CATALOG_VALUE_INVALID", "items[2].promisedLimit LIMIT_PROMISED_EXCEEDS_STATUTORY");
    }

    @Test
    void every_problem_of_a_file_is_reported_together() {
        item(0).put("colour", "red");
        item(1).put("itemType", "APPROVAL");
        ((ObjectNode) item(3).get("fee")).put("charged", true);
        item(6).put("visits", -1);
        ((ObjectNode) root.withArray("bundles").get(1)).put("code", root.withArray("bundles").get(0).get("code")
                .asText());

        ParsedCatalog read = read();

        assertThat(read.problems()).as(() -> ProblemAssert.describe(read.problems()))
                .extracting(p -> p.field() + " " + p.code()).containsExactly(
                        "items[0].colour CATALOG_VALUE_INVALID",
                        "items[1].itemType CATALOG_VALUE_INVALID",
                        "items[3].fee CATALOG_RULE_VIOLATED",
                        "items[6].visits CATALOG_RULE_VIOLATED",
                        "bundles[1].code CATALOG_DUPLICATE_CODE");
    }

    @Test
    void another_format_version_is_refused_before_anything_else() {
        root.put("formatVersion", 2);
        item(0).put("colour", "red");

        assertThat(theOnlyProblem(bytes(root)).field()).isEqualTo("formatVersion");
        root.remove("formatVersion");
        assertThat(theOnlyProblem(bytes(root)).code()).isEqualTo("CATALOG_FIELD_MISSING");
    }

    @Test
    void a_file_with_too_many_items_is_refused_as_a_whole() {
        ParsedCatalog read = new JsonCatalogReader(10).read(bytes(root), Set.of());

        assertThat(read.problems()).extracting(Problem::field).containsExactly("items");
        assertThat(read.problems().get(0).message()).contains("10");
        assertThat(read.document()).isNull();
    }

    @Test
    void junk_empty_and_non_object_files_are_unreadable_not_exceptions() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(5).nextBytes(junk);

        assertThat(theOnlyProblem(junk).code()).isEqualTo("CATALOG_FILE_UNREADABLE");
        assertThat(theOnlyProblem(new byte[0]).code()).isEqualTo("CATALOG_FILE_UNREADABLE");
        assertThat(theOnlyProblem("   ".getBytes(StandardCharsets.UTF_8)).code()).isEqualTo("CATALOG_FILE_UNREADABLE");
        assertThat(theOnlyProblem("[1, 2]".getBytes(StandardCharsets.UTF_8)).code())
                .isEqualTo("CATALOG_FILE_UNREADABLE");
        assertThat(theOnlyProblem(files.write(DemoCatalog.load(), CatalogFormat.XLSX)).code())
                .isEqualTo("CATALOG_FILE_UNREADABLE");
    }

    @Test
    void a_syntax_error_says_where_it_is() {
        byte[] truncated = "{\n    \"formatVersion\": 1,\n    \"items\": [\n        {\"name\": \"x\",,}\n"
                .getBytes(StandardCharsets.UTF_8);

        Problem p = theOnlyProblem(truncated);

        assertThat(p.code()).isEqualTo("CATALOG_FILE_UNREADABLE");
        assertThat(p.message()).contains("第 4 行");
    }

    @Test
    void a_key_given_twice_is_named() {
        byte[] twice = "{\"formatVersion\": 1, \"title\": \"a\", \"title\": \"b\"}".getBytes(StandardCharsets.UTF_8);

        Problem p = theOnlyProblem(twice);

        assertThat(p.code()).isEqualTo("CATALOG_VALUE_INVALID");
        assertThat(p.message()).contains("title");
    }

    @Test
    void clock_fields_are_checked_by_the_item_rules_at_their_paths() {
        item(0).put("maxExtensions", -1);
        ObjectNode steps = item(0).putObject("stepLimits");
        steps.put("", 1);
        steps.put("材料审查", 400);
        item(1).put("jointHandling", "是");

        // what cannot be read comes first, then the rules
        List<Problem> problems = expectOnly("items[1].jointHandling CATALOG_VALUE_INVALID",
                "items[0].maxExtensions CATALOG_RULE_VIOLATED", "items[0].stepLimits CATALOG_RULE_VIOLATED",
                "items[0].stepLimits.材料审查 CATALOG_RULE_VIOLATED");

        assertThat(problems.get(2).message()).isEqualTo("环节时限中的环节名称不能为空。");
        assertThat(problems.get(3).message()).contains("400", "365");
    }

    @Test
    void a_step_given_twice_in_the_step_limits_is_named() {
        byte[] twice = ("{\"formatVersion\": 1, \"title\": \"a\", \"items\": [{\"stepLimits\": "
                + "{\"审查\": 1, \"审查\": 2}}]}").getBytes(StandardCharsets.UTF_8);

        Problem p = theOnlyProblem(twice);

        assertThat(p.code()).isEqualTo("CATALOG_VALUE_INVALID");
        assertThat(p.message()).contains("审查", "两次");
    }
}
