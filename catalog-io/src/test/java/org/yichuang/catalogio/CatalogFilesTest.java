package org.yichuang.catalogio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;

class CatalogFilesTest {
    private final CatalogFiles files = new CatalogFiles();

    @Test
    void an_empty_or_missing_upload_is_unreadable_in_either_format() {
        for (CatalogFormat format : CatalogFormat.values()) {
            assertThat(files.read(new byte[0], format, null).problems()).extracting(p -> p.code())
                    .containsExactly("CATALOG_FILE_UNREADABLE");
            assertThat(files.read(null, format, null).ok()).isFalse();
        }
    }

    @Test
    void without_existing_codes_bundles_may_only_name_items_of_the_file() {
        CatalogDocument demo = DemoCatalog.load();

        for (CatalogFormat format : CatalogFormat.values()) {
            assertThat(files.read(files.write(demo, format), format, null).ok()).as(format.name()).isTrue();
        }
    }

    @Test
    void an_empty_catalog_round_trips_in_both_formats() {
        CatalogDocument empty = new CatalogDocument(CatalogDocument.FORMAT_VERSION, null, null, null);

        for (CatalogFormat format : CatalogFormat.values()) {
            ParsedCatalog read = files.read(files.write(empty, format), format, null);
            assertThat(read.ok()).as(format.name()).isTrue();
            assertThat(read.document()).as(format.name()).isEqualTo(empty);
        }
    }
}
