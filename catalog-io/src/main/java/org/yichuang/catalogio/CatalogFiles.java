package org.yichuang.catalogio;

import java.util.Set;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;

/**
 * Reads and writes whole catalogs (事项库) as JSON or as an .xlsx 实施清单 workbook. Reading never throws for bad
 * content: it reports every problem with sheet, row and column (workbook) or field path (JSON).
 */
public final class CatalogFiles {

    /**
     * Reads a catalog file and checks it completely: structure, value types, {@code ServiceItemRules} for every item,
     * duplicate codes, and bundle members that are neither in the file nor in {@code existingItemCodes}.
     */
    public ParsedCatalog read(byte[] content, CatalogFormat format, Set<String> existingItemCodes) {
        throw new UnsupportedOperationException("being written");
    }

    /** Writes a catalog so that {@link #read} gives back an equal document. */
    public byte[] write(CatalogDocument document, CatalogFormat format) {
        throw new UnsupportedOperationException("being written");
    }
}
