package org.yichuang.catalogio;

import java.util.List;
import java.util.Set;
import org.yichuang.catalogio.json.JsonCatalogReader;
import org.yichuang.catalogio.json.JsonCatalogWriter;
import org.yichuang.catalogio.xlsx.XlsxCatalogReader;
import org.yichuang.catalogio.xlsx.XlsxCatalogWriter;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Reads and writes whole catalogs (事项库) as JSON or as an .xlsx 实施清单 workbook. Reading never throws for bad
 * content: it reports every problem with sheet, row and column (workbook) or field path (JSON). Holds no state
 * between calls, so one instance serves concurrent imports.
 */
public final class CatalogFiles {
    /** Rows per sheet (workbook) or entries per array (JSON) one import accepts; a province has tens of thousands. */
    public static final int MAX_ENTRIES = 100_000;

    private final JsonCatalogReader jsonReader = new JsonCatalogReader(MAX_ENTRIES);
    private final JsonCatalogWriter jsonWriter = new JsonCatalogWriter();
    private final XlsxCatalogReader xlsxReader = new XlsxCatalogReader(MAX_ENTRIES);
    private final XlsxCatalogWriter xlsxWriter = new XlsxCatalogWriter();

    /**
     * Reads a catalog file and checks it completely: structure, value types, {@code ServiceItemRules} for every item,
     * duplicate codes, and bundle members that are neither in the file nor in {@code existingItemCodes}.
     */
    public ParsedCatalog read(byte[] content, CatalogFormat format, Set<String> existingItemCodes) {
        return read(content, format, existingItemCodes, false);
    }

    /**
     * Reads and checks as {@link #read(byte[], CatalogFormat, Set)}, under the hall's setting whether items of a risk
     * category may allow 容缺 (RULES.md §2.2; default no).
     */
    public ParsedCatalog read(byte[] content, CatalogFormat format, Set<String> existingItemCodes,
            boolean riskyItemsMayDefer) {
        Set<String> existing = existingItemCodes == null ? Set.of() : existingItemCodes;
        if (content == null || content.length == 0) {
            return new ParsedCatalog(null, List.of(
                    Problem.at(null, ErrorCode.CATALOG_FILE_UNREADABLE, "文件为空。")));
        }
        return switch (format) {
            case JSON -> jsonReader.read(content, existing, riskyItemsMayDefer);
            case XLSX -> xlsxReader.read(content, existing, riskyItemsMayDefer);
        };
    }

    /** Writes a catalog so that {@link #read} gives back an equal document. */
    public byte[] write(CatalogDocument document, CatalogFormat format) {
        return switch (format) {
            case JSON -> jsonWriter.write(document);
            case XLSX -> xlsxWriter.write(document);
        };
    }
}
