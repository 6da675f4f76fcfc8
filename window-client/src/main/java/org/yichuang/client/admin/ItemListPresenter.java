package org.yichuang.client.admin;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
    private List<CatalogListing> visibleItems = List.of();
    private String filter = "";
    private String selectedCode;
    private boolean loading;
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

    /** Returns the item's name, or the code itself when the list does not hold it. */
    public String nameOf(String implementationCode) {
        return items.stream().filter(i -> i.implementationCode().equals(implementationCode))
                .map(CatalogListing::name).findFirst().orElse(implementationCode);
    }

    /** Loads the list: one call answers every item with its latest version. */
    public void load() {
        setLoading(true);
        tasks.submit(api::listCatalog, list -> {
            setLoading(false);
            setItems(list);
        }, failure -> {
            setLoading(false);
            onFailure.accept(failure);
        });
    }

    /** Loads the list again (after a save or an import). */
    public void reload() {
        load();
    }
    /** Filters by name, code or department (包含匹配, case-insensitive). */
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

    private void setItems(List<CatalogListing> value) {
        List<CatalogListing> old = items;
        items = List.copyOf(value);
        fire(Property.ITEMS, old, items);
        refilter();
    }

    private void refilter() {
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        List<CatalogListing> old = visibleItems;
        visibleItems = needle.isEmpty() ? items : items.stream().filter(i -> matches(i, needle)).toList();
        fire(Property.VISIBLE_ITEMS, old, visibleItems);
    }

    private static boolean matches(CatalogListing item, String needle) {
        return contains(item.name(), needle) || contains(item.department(), needle)
                || contains(item.implementationCode(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private void setLoading(boolean value) {
        boolean old = loading;
        loading = value;
        fire(Property.LOADING, old, loading);
    }
}
