package org.yichuang.client.intake;

import java.util.List;
import java.util.Objects;
import org.yichuang.client.search.SearchIndex;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.catalog.ImplementationCode;
import org.yichuang.core.catalog.ServiceBundle;

/**
 * One line of the intake list: a service item (事项) or a bundle (一件事) with its member items.
 *
 * @param item    the item, or null for a bundle
 * @param bundle  the bundle, or null for an item
 * @param members the bundle's member items that are in force, in the bundle's order (empty for an item)
 */
public record CatalogEntry(ServiceItemSummary item, ServiceBundle bundle, List<ServiceItemSummary> members) {
    /** The department key of every bundle, so {@code 一件事} or {@code yjs} lists them all. */
    public static final String BUNDLE_DEPARTMENT = "一件事";

    /** Checks that exactly one of item and bundle is given. */
    public CatalogEntry {
        if ((item == null) == (bundle == null)) {
            throw new IllegalArgumentException("an entry is either an item or a bundle");
        }
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** An entry for one item. */
    public static CatalogEntry of(ServiceItemSummary item) {
        return new CatalogEntry(Objects.requireNonNull(item), null, List.of());
    }

    /** An entry for a bundle and those of its items that are listed. */
    public static CatalogEntry of(ServiceBundle bundle, List<ServiceItemSummary> members) {
        return new CatalogEntry(null, Objects.requireNonNull(bundle), members);
    }

    /**
     * Returns the entries to list and search: the items in server order, then the bundles whose items are all in
     * force (a bundle missing one could be neither accepted nor described truthfully). Runs off the EDT.
     */
    public static SearchIndex<CatalogEntry> index(List<ServiceItemSummary> items, List<ServiceBundle> bundles) {
        java.util.Map<String, ServiceItemSummary> byCode = new java.util.HashMap<>();
        items.forEach(i -> byCode.putIfAbsent(i.implementationCode(), i));
        List<CatalogEntry> entries = new java.util.ArrayList<>(items.size() + bundles.size());
        items.forEach(i -> entries.add(of(i)));
        for (ServiceBundle bundle : bundles) {
            List<ServiceItemSummary> members = bundle.itemCodes().stream().map(byCode::get)
                    .filter(Objects::nonNull).toList();
            if (!members.isEmpty() && members.size() == bundle.itemCodes().size()) {
                entries.add(of(bundle, members));
            }
        }
        return SearchIndex.build(entries, CatalogEntry::searchFields);
    }

    /** Returns true for a bundle (一件事). */
    public boolean isBundle() {
        return bundle != null;
    }

    /** Returns the implementation code (实施编码) of an item or the code of a bundle. */
    public String code() {
        return isBundle() ? bundle.code() : item.implementationCode();
    }

    /** Returns the item's or bundle's name. */
    public String name() {
        return isBundle() ? bundle.name() : item.name();
    }

    /**
     * What the search finds the entry by: name and short names (简称), codes (with the base code of a standard item
     * code), department.
     */
    SearchIndex.Fields searchFields() {
        if (isBundle()) {
            return new SearchIndex.Fields(bundle.name(), BUNDLE_DEPARTMENT, List.of(bundle.code()));
        }
        // the base code (基本编码) ends a standard code; no need to validate it just to find the item by it
        String code = item.implementationCode();
        List<String> codes = code.length() == ImplementationCode.STANDARD_LENGTH
                ? List.of(code, code.substring(code.length() - 12)) : List.of(code);
        return new SearchIndex.Fields(item.name(), item.department(), codes, item.aliases());
    }
}
