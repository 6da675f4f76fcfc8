package org.yichuang.core.api;

/**
 * What a successful catalog import (导入事项库) did. Items not in the file are left as they are; a failed import
 * raises {@code CATALOG_IMPORT_INVALID} listing every problem and changes nothing.
 *
 * @param itemsAdded     items new to the catalog
 * @param itemsChanged   items that got a new version
 * @param itemsUnchanged items identical to their latest version (no new version)
 * @param bundlesSaved   bundles (一件事) created or replaced
 */
public record ImportResult(int itemsAdded, int itemsChanged, int itemsUnchanged, int bundlesSaved) {
}
