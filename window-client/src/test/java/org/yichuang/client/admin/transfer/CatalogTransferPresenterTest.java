package org.yichuang.client.admin.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.client.admin.AdminFixture;
import org.yichuang.client.admin.CatalogAdminPresenter;
import org.yichuang.client.admin.item.ItemDraft;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.api.ImportResult;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.TimeLimit;
import org.yichuang.core.error.Problem;

public class CatalogTransferPresenterTest {
    private final AdminFixture f = new AdminFixture();
    private CatalogAdminPresenter admin;
    private CatalogTransferPresenter transfer;
    @TempDir
    Path dir;

    @BeforeEach
    void load() {
        admin = f.presenter();
        admin.load();
        transfer = admin.transfer();
    }

    @Test
    void a_broken_json_file_lists_every_problem_and_imports_nothing() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.write(file, brokenJson());
        List<List<Problem>> shown = new ArrayList<>();
        transfer.addPropertyChangeListener(CatalogTransferPresenter.Property.PROBLEMS, e -> shown.add(transfer.problems()));

        f.files.answer(file);
        transfer.chooseAndImport();

        assertThat(transfer.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(transfer.problems()).extracting(Problem::code)
                .contains("LIMIT_PROMISED_EXCEEDS_STATUTORY", "CATALOG_DUPLICATE_CODE");
        assertThat(transfer.problems()).allSatisfy(p -> assertThat(p.field()).isNotBlank());
        assertThat(transfer.problemFile()).isEqualTo("broken.json");
        assertThat(shown).hasSize(1);
        assertThat(f.api.itemVersions(FakeHallApi.DEMO.items().get(0).implementationCode())).as("nothing imported")
                .hasSize(1);
        assertThat(transfer.isBusy()).isFalse();
        assertThat(transfer.problemsAsText().lines().findFirst()).hasValue("工作表\t行\t列\t字段\t问题");
        assertThat(transfer.problemsAsText().lines()).hasSize(transfer.problems().size() + 1);
    }

    @Test
    void a_broken_workbook_locates_each_problem_by_sheet_row_and_column() throws Exception {
        Path file = dir.resolve("实施清单.xlsx");
        Files.write(file, brokenWorkbook());

        transfer.importFile(file);

        assertThat(transfer.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.sheet()).isNotBlank();
            assertThat(p.row()).isPositive();
            assertThat(p.column()).matches("[A-Z]+");
        });
        assertThat(transfer.problems()).extracting(Problem::code).contains("LIMIT_PROMISED_EXCEEDS_STATUTORY");
    }

    @Test
    void a_good_file_reports_the_counts_and_the_lists_show_the_new_version() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) mapper.readTree(f.api.exportCatalog(CatalogFormat.JSON));
        ObjectNode first = (ObjectNode) doc.withArray("items").get(0);
        first.put("conditions", "导入后修改的受理条件");
        Path file = dir.resolve("catalog.JSON");
        Files.write(file, mapper.writeValueAsBytes(doc));

        transfer.importFile(file);

        int total = FakeHallApi.DEMO.items().size();
        assertThat(transfer.lastResult()).isEqualTo(new ImportResult(0, 1, total - 1, 5));
        assertThat(transfer.problems()).isEmpty();
        assertThat(f.prompts.informations()).singleElement().asString()
                .isEqualTo("已导入“catalog.JSON”：新增事项 0 项，修改 1 项，未变 " + (total - 1) + " 项；一件事 5 个。");
        assertThat(admin.list().version(first.get("implementationCode").asText())).isEqualTo(2);
    }

    @Test
    void a_file_that_is_neither_xlsx_nor_json_is_refused_before_any_upload() throws Exception {
        Path file = dir.resolve("catalog.csv");
        Files.writeString(file, "a,b");
        List<String> activity = new ArrayList<>();
        transfer.addPropertyChangeListener(CatalogTransferPresenter.Property.ACTIVITY, e -> activity.add("x"));
        transfer.importFile(file);
        assertThat(f.prompts.warnings()).containsExactly(
                "只能导入或导出 Excel 工作簿（.xlsx）或事项库 JSON 文件（.json）。");
        assertThat(activity).as("no upload started").isEmpty();
    }

    @Test
    void export_suggests_a_dated_name_and_writes_the_whole_catalog_atomically() throws Exception {
        Path target = dir.resolve("事项库-20261123.xlsx");
        Files.writeString(target, "old content");
        f.files.answer(target);

        transfer.chooseAndExport();

        assertThat(f.files.suggestedNames).containsExactly("事项库-20261123.xlsx");
        byte[] written = Files.readAllBytes(target);
        assertThat(new String(written, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        CatalogDocument back = new CatalogFiles().read(written, CatalogFormat.XLSX, java.util.Set.of()).document();
        assertThat(back.items()).hasSize(FakeHallApi.DEMO.items().size());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(target);
        }
        assertThat(f.prompts.informations()).singleElement().asString().contains(target.toString());
    }

    @Test
    void export_as_json_follows_the_chosen_extension() throws Exception {
        Path target = dir.resolve("catalog.json");
        transfer.exportTo(target);
        assertThat(Files.readString(target)).startsWith("{").contains("\"formatVersion\"");
    }

    @Test
    void an_export_into_a_missing_folder_says_the_file_could_not_be_written() {
        Path target = dir.resolve("no-such-folder").resolve("catalog.json");
        transfer.exportTo(target);
        assertThat(f.prompts.warnings()).singleElement().asString().startsWith("无法写入文件：" + target);
        assertThat(transfer.isBusy()).isFalse();
    }

    private byte[] brokenJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) mapper.readTree(f.api.exportCatalog(CatalogFormat.JSON));
        ArrayNode items = doc.withArray("items");
        ObjectNode first = (ObjectNode) items.get(0);
        int statutory = first.get("statutoryLimit").get("value").asInt();
        ((ObjectNode) first.get("promisedLimit")).put("value", statutory + 30);
        ((ObjectNode) first.get("promisedLimit")).put("unit", first.get("statutoryLimit").get("unit").asText());
        ((ObjectNode) items.get(2)).put("implementationCode", items.get(1).get("implementationCode").asText());
        ((ObjectNode) items.get(2)).put("baseCode", items.get(1).get("baseCode").asText());
        ((ObjectNode) items.get(2)).put("departmentCreditCode", items.get(1).get("departmentCreditCode").asText());
        return mapper.writeValueAsBytes(doc);
    }

    /** A workbook as the writer lays it out, with one item promising more than the law allows. */
    public static byte[] brokenWorkbook() {
        List<ServiceItem> items = new ArrayList<>(FakeHallApi.DEMO.items());
        ServiceItem first = items.get(0);
        ItemDraft d = ItemDraft.of(first);
        d.promisedValue = first.statutoryLimit().value() + 30;
        d.promisedUnit = first.statutoryLimit().unit();
        items.set(0, d.toItem());
        assertThat(items.get(0).promisedLimit()).isEqualTo(new TimeLimit(d.promisedValue, d.promisedUnit));
        // an identity document marked deferrable, and a department credit code with a wrong check character
        ItemDraft deferring = ItemDraft.of(items.get(1));
        org.yichuang.core.catalog.MaterialRequirement id = deferring.materials.get(0);
        deferring.materials.set(0, new org.yichuang.core.catalog.MaterialRequirement(id.name(),
                org.yichuang.core.catalog.MaterialKind.IDENTITY_DOCUMENT, id.originals(), id.copies(), id.paperSize(),
                id.sealOrSignature(), id.source(), true, null, true, id.sampleRef(), id.notes()));
        items.set(1, deferring.toItem());
        ItemDraft credit = ItemDraft.of(items.get(3));
        String cc = credit.departmentCreditCode;
        credit.departmentCreditCode = cc.substring(0, 17) + (cc.charAt(17) == '0' ? '1' : '0');
        items.set(3, credit.toItem());
        return new CatalogFiles().write(new CatalogDocument(CatalogDocument.FORMAT_VERSION, "坏的实施清单", items,
                FakeHallApi.DEMO.bundles()), CatalogFormat.XLSX);
    }
}
