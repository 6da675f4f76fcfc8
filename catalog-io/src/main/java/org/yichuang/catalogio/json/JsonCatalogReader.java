package org.yichuang.catalogio.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.check.CatalogValidator;
import org.yichuang.catalogio.check.FailedFields;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Reads the catalog JSON (docs/catalog-format.md) and reports every problem by field path, such as
 * {@code items[3].promisedLimit.unit}. Never throws for bad content.
 */
public final class JsonCatalogReader {
    private static final Set<String> TOP_LEVEL = Set.of("formatVersion", "title", "items", "bundles");

    private final ObjectMapper mapper = JsonCatalogMapper.create();
    private final NodeConverter converter = new NodeConverter(mapper);
    private final int maxEntries;

    /** Creates a reader that refuses files with more than {@code maxEntries} items (or bundles). */
    public JsonCatalogReader(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** Reads the file; bundle members may name items of {@code existingItemCodes} as well as of the file. */
    public ParsedCatalog read(byte[] content, Set<String> existingItemCodes) {
        return read(content, existingItemCodes, false);
    }

    /** Reads the file under the hall's setting whether risky items may allow 容缺. */
    public ParsedCatalog read(byte[] content, Set<String> existingItemCodes, boolean riskyItemsMayDefer) {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (StreamReadException e) {
            return syntaxError(e);
        } catch (IOException e) {
            return unreadable("不是有效的 JSON 文件。");
        }
        if (root == null || root.isMissingNode()) {
            return unreadable("文件为空。");
        }
        if (!root.isObject()) {
            return unreadable("不是事项库 JSON 文件：最外层应为对象 {…}。");
        }
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_LEVEL.contains(name)) {
                problems.add(Problem.at(name, ErrorCode.CATALOG_VALUE_INVALID, "未知字段“" + name + "”：本格式没有这个字段。"));
            }
        }
        if (!versionSupported(root.get("formatVersion"), problems)) {
            return new ParsedCatalog(null, problems);
        }
        JsonNode titleNode = root.path("title");
        String title = titleNode.isTextual() ? titleNode.textValue() : null;
        if (!titleNode.isMissingNode() && !titleNode.isNull() && !titleNode.isTextual()) {
            problems.add(Problem.at("title", ErrorCode.CATALOG_VALUE_INVALID,
                    "应为文本（带引号的字符串），实际为" + JsonValues.describe(titleNode) + "。"));
        }
        FailedFields failed = new FailedFields();
        Entries<ServiceItem> items = entries(root, "items", ServiceItem.class, problems);
        Entries<ServiceBundle> bundles = entries(root, "bundles", ServiceBundle.class, problems);
        if (items == null || bundles == null) {
            return new ParsedCatalog(null, problems);
        }
        items.markFailed(failed::item);
        bundles.markFailed(failed::bundle);
        CatalogDocument document = new CatalogDocument(CatalogDocument.FORMAT_VERSION, title, items.values,
                bundles.values);
        JsonLocator locator = new JsonLocator(items.positions, bundles.positions);
        problems.addAll(new CatalogValidator(locator, failed, riskyItemsMayDefer).validate(document,
                withUnreadableCodes(existingItemCodes, root.path("items"), items.positions)));
        return new ParsedCatalog(document, problems);
    }

    /** Items that could not be read are already reported; bundles naming them should not be reported again. */
    private static Set<String> withUnreadableCodes(Set<String> existing, JsonNode items, List<Integer> readable) {
        Set<String> known = new HashSet<>(existing);
        Set<Integer> read = new HashSet<>(readable);
        for (int i = 0; i < items.size(); i++) {
            JsonNode code = items.get(i).path("implementationCode");
            if (!read.contains(i) && code.isTextual()) {
                known.add(code.textValue());
            }
        }
        return known;
    }

    private static boolean versionSupported(JsonNode version, List<Problem> problems) {
        if (version == null) {
            problems.add(Problem.at("formatVersion", ErrorCode.CATALOG_FIELD_MISSING,
                    "缺少格式版本 formatVersion（应为 " + CatalogDocument.FORMAT_VERSION + "）。"));
            return false;
        }
        if (!version.isInt() || version.intValue() != CatalogDocument.FORMAT_VERSION) {
            problems.add(Problem.at("formatVersion", ErrorCode.CATALOG_VALUE_INVALID, "不支持的格式版本 "
                    + JsonValues.describe(version) + "：本程序只读写版本 " + CatalogDocument.FORMAT_VERSION + "。"));
            return false;
        }
        return true;
    }

    /** The readable entries of one array, each with its index in the file and the paths reported while reading. */
    private static final class Entries<T> {
        final List<T> values = new ArrayList<>();
        final List<Integer> positions = new ArrayList<>();
        final List<Set<String>> failed = new ArrayList<>();

        void markFailed(FailedSink sink) {
            for (int i = 0; i < failed.size(); i++) {
                for (String path : failed.get(i)) {
                    sink.accept(i, path);
                }
            }
        }
    }

    private interface FailedSink {
        void accept(int index, String path);
    }

    /** Returns the entries, or {@code null} when the array is too long to read. */
    private <T> Entries<T> entries(JsonNode root, String field, Class<T> type, List<Problem> problems) {
        Entries<T> out = new Entries<>();
        JsonNode array = root.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            problems.add(Problem.at(field, ErrorCode.CATALOG_VALUE_INVALID,
                    "应为数组 […]，实际为" + JsonValues.describe(array) + "。"));
            return out;
        }
        if (array.size() > maxEntries) {
            problems.add(Problem.at(field, ErrorCode.CATALOG_VALUE_INVALID, "共 " + array.size()
                    + " 项，超过单次导入上限 " + maxEntries + " 项；请拆分后分批导入。"));
            return null;
        }
        Function<Integer, String> prefix = i -> field + "[" + i + "]";
        for (int i = 0; i < array.size(); i++) {
            NodeConverter.Result<T> result = converter.convert(array.get(i), type, prefix.apply(i));
            problems.addAll(result.problems());
            if (result.value() != null) {
                out.values.add(result.value());
                out.positions.add(i);
                out.failed.add(result.failed());
            }
        }
        return out;
    }

    private static ParsedCatalog syntaxError(StreamReadException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）";
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field '")) {
            String name = original.substring("Duplicate field '".length(), original.indexOf('\'', 17));
            return new ParsedCatalog(null, List.of(Problem.at(null, ErrorCode.CATALOG_VALUE_INVALID,
                    "字段“" + name + "”在同一对象中出现了两次" + where + "。")));
        }
        return unreadable("不是有效的 JSON 文件，存在语法错误" + where + "。");
    }

    private static ParsedCatalog unreadable(String message) {
        return new ParsedCatalog(null, List.of(Problem.at(null, ErrorCode.CATALOG_FILE_UNREADABLE, message)));
    }
}
