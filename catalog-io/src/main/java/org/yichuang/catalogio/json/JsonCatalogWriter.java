package org.yichuang.catalogio.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import org.yichuang.core.catalog.CatalogDocument;

/** Writes the catalog JSON: UTF-8 without BOM, 4-space indent, Chinese as-is, enums by name, a final newline. */
public final class JsonCatalogWriter {
    private final ObjectWriter writer = JsonCatalogMapper.create().writer(JsonCatalogMapper.prettyPrinter());

    /** Returns the document as file content. */
    public byte[] write(CatalogDocument document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(writer.writeValueAsBytes(document));
            out.write('\n');
            return out.toByteArray();
        } catch (JsonProcessingException e) {
            // records of core only: this would be a programming error, not bad input
            throw new UncheckedIOException(e);
        }
    }
}
