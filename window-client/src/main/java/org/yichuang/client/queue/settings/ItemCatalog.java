package org.yichuang.client.queue.settings;

import java.util.List;
import org.yichuang.core.api.CatalogListing;

/**
 * The catalog's items as the client already holds them (the 事项管理 list, {@code ItemListPresenter}): what the item
 * picker lists and searches and what names a category's served items in the categories table, without a second load.
 */
public interface ItemCatalog {
    /** The items matching {@code query} (name, department or implementation code; all for a blank one), best first. */
    List<CatalogListing> search(String query);

    /**
     * True once the catalog has been read: before that no code can be called unknown (the table shows codes as they
     * are, unmarked, rather than marking every code while the list is still loading).
     */
    default boolean loaded() {
        return true;
    }

    /** Runs {@code listener} on the EDT after the catalog changed (loaded, reloaded after a save or an import). */
    default void onChange(Runnable listener) {
    }
}
