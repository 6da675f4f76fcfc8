package org.yichuang.client.queue.settings;

import java.util.List;
import org.yichuang.core.api.CatalogListing;

/**
 * The catalog's items as the client already holds them (the 事项管理 list, {@code ItemListPresenter}): what the item
 * picker lists and searches, without a second load.
 */
public interface ItemCatalog {
    /** The items matching {@code query} (name, department or implementation code; all for a blank one), best first. */
    List<CatalogListing> search(String query);
}
