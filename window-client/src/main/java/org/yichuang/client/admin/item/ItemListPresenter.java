package org.yichuang.client.admin.item;

import java.util.List;
import java.util.function.Consumer;
import org.yichuang.client.search.SearchIndex;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.core.api.CatalogListing;
import org.yichuang.core.api.HallApi;

/**
 * State of the catalog's item list (事项清单) in administration: the latest version of every item, withdrawn and
 * waiting ones included, a filter and the selection.
 */
public final class ItemListPresenter extends ObservableModel<ItemListPresenter.Property> {
    /** Observable properties. */
    public enum Property { ITEMS, FILTER, VISIBLE_ITEMS, SELECTED_CODE, LOADING }

    private final HallApi api;
    private final BackgroundTasks tasks;
    private List<CatalogListing> items = List.of();
    private SearchIndex<CatalogListing> index = index(List.of());
    private List<CatalogListing> visibleItems = List.of();
    private String filter = "";
    private String selectedCode;
    private boolean loading;
    private boolean loaded;
    private final Consumer<Throwable> onFailure;

    /** Creates the list; nothing is loaded until {@link #load()}; {@code onFailure} shows what went wrong. */
    public ItemListPresenter(HallApi api, BackgroundTasks tasks, Consumer<Throwable> onFailure) {
        this.api = api;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    public List<CatalogListing> items() {
        return items;
    }

    public List<CatalogListing> visibleItems() {
        return visibleItems;
    }

    public String filter() {
        return filter;
    }

    /** Returns the implementation code (实施编码) of the item open in the editor, or null. */
    public String selectedCode() {
        return selectedCode;
    }

    /** Returns the latest version of an item, or null when the list does not hold it. */
    public Integer version(String implementationCode) {
        return items.stream().filter(i -> i.implementationCode().equals(implementationCode))
                .map(CatalogListing::version).findFirst().orElse(null);
    }

    public boolean isLoading() {
        return loading;
    }

    /** Returns true once the list has been read from the server (it may be empty); false before the first load. */
    public boolean isLoaded() {
        return loaded;
    }

    /** Returns the item's name, or the code itself when the list does not hold it. */
    public String nameOf(String implementationCode) {
        return items.stream().filter(i -> i.implementationCode().equals(implementationCode))
                .map(CatalogListing::name).findFirst().orElse(implementationCode);
    }

    /** Loads the list: one call answers every item with its latest version; the pinyin index is built off the EDT. */
    public void load() {
        setLoading(true);
        tasks.submit(() -> index(api.listCatalog()), loaded -> {
            setLoading(false);
            setItems(loaded);
        }, failure -> {
            setLoading(false);
            onFailure.accept(failure);
        });
    }

    /** Loads the list again (after a save or an import). */
    public void reload() {
        load();
    }
    /**
     * Filters as the counter's search does: name, implementation code, department, pinyin initials ({@code ggcs})
     * or full pinyin, every word matching; the best matches come first, a blank filter keeps the catalog order.
     */
    public void setFilter(String value) {
        String old = filter;
        filter = value == null ? "" : value;
        fire(Property.FILTER, old, filter);
        refilter();
    }

    /** Marks the item open in the editor. */
    public void setSelectedCode(String code) {
        String old = selectedCode;
        selectedCode = code;
        fire(Property.SELECTED_CODE, old, selectedCode);
    }

    /** Tells the view again which item is open, after it showed another selection the editor refused. */
    public void reassertSelection() {
        fire(Property.SELECTED_CODE, "", selectedCode);
    }

    /** Returns the items matching {@code query} as the filter would show them (best first; all for a blank one). */
    public List<CatalogListing> search(String query) {
        return index.search(query);
    }

    /** Returns true when a filter is typed and no item matches it (the list shows why it is empty). */
    public boolean isFilteredEmpty() {
        return !filter.isBlank() && visibleItems.isEmpty() && !items.isEmpty();
    }

    private static SearchIndex<CatalogListing> index(List<CatalogListing> list) {
        return SearchIndex.build(list, i -> new SearchIndex.Fields(i.name(), i.department(),
                List.of(i.implementationCode())));
    }

    private void setItems(SearchIndex<CatalogListing> value) {
        List<CatalogListing> old = items;
        index = value;
        items = value.values();
        loaded = true;
        fire(Property.ITEMS, old, items);
        refilter();
    }

    private void refilter() {
        List<CatalogListing> old = visibleItems;
        visibleItems = index.search(filter);
        fire(Property.VISIBLE_ITEMS, old, visibleItems);
    }

    private void setLoading(boolean value) {
        boolean old = loading;
        loading = value;
        fire(Property.LOADING, old, loading);
    }
}
