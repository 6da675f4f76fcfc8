package org.yichuang.core.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A service catalog (事项库) as exchanged in a file: the items and bundles of one hall, read and written as they are
 * (format described in docs/catalog-format.md). Core does no IO; the server reads the file and checks every item with
 * {@link ServiceItemRules} before storing it.
 *
 * @param formatVersion {@link #FORMAT_VERSION} for files in the current format
 * @param title         a human-readable name of the catalog
 * @param items         the items (实施清单)
 * @param bundles       the bundles (一件事), referring to items by implementation code
 */
public record CatalogDocument(int formatVersion, String title, List<ServiceItem> items, List<ServiceBundle> bundles) {
    /** The format this code reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** Classpath location of the demo catalog shipped with core (示范县, fictional). */
    public static final String DEMO_RESOURCE = "/org/yichuang/core/catalog/demo-catalog.json";

    /** Copies the lists so a document never changes after validation. */
    public CatalogDocument {
        items = items == null ? List.of() : List.copyOf(items);
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
    }

    /** Returns the item with the implementation code, if the catalog holds it. */
    public Optional<ServiceItem> findItem(String implementationCode) {
        return items.stream().filter(i -> i.implementationCode().equals(implementationCode)).findFirst();
    }
}
