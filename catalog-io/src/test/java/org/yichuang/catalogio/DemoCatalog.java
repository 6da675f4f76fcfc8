package org.yichuang.catalogio;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.yichuang.core.catalog.CatalogDocument;

/** The demo catalog shipped with core, read with plain Jackson as docs/catalog-format.md shows, not our reader. */
public final class DemoCatalog {
    private DemoCatalog() {
    }

    /** Returns the demo catalog (44 items, 5 bundles). */
    public static CatalogDocument load() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, CatalogDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the raw bytes of the shipped demo file. */
    public static byte[] bytes() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
