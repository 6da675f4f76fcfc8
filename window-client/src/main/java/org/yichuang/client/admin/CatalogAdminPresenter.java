package org.yichuang.client.admin;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.yichuang.client.admin.bundle.BundlePresenter;
import org.yichuang.client.admin.calendar.CalendarPresenter;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.admin.item.ItemListPresenter;
import org.yichuang.client.admin.item.ItemNavigator;
import org.yichuang.client.admin.transfer.CatalogFileDialogs;
import org.yichuang.client.admin.transfer.CatalogTransferPresenter;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.ObservableModel;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;
import org.yichuang.core.api.VersionedItem;

/**
 * The catalog administration (事项管理) as a whole: item list, item editor, bundles, file transfer and the working-day
 * calendar (日历), and the rules
 * between them (ask before leaving an edited item; reload what an import or a save changed).
 */
public final class CatalogAdminPresenter extends ObservableModel<CatalogAdminPresenter.Property>
        implements ItemNavigator {
    /** Observable properties. */
    public enum Property { BUSY }

    private final ItemListPresenter list;
    private final ItemEditorPresenter editor;
    private final BundlePresenter bundles;
    private final CatalogTransferPresenter transfer;
    private final CalendarPresenter calendar;
    private final org.yichuang.client.queue.settings.QueueSettingsPresenter queueSettings;
    private final org.yichuang.client.admin.hall.HallSettingsPresenter hallSettings;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final BackgroundTasks.TaskListener busyListener;
    private boolean busy;

    /** Wires the parts around one signed-in administrator's API. */
    public CatalogAdminPresenter(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            CatalogFileDialogs dialogs, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        Consumer<Throwable> warn = failure -> prompts.warn(messages.text("error.title"), messages.errorMessage(failure));
        this.list = new ItemListPresenter(api, tasks, warn);
        this.editor = new ItemEditorPresenter(api, tasks, messages, prompts, clock, this::itemSaved);
        this.bundles = new BundlePresenter(api, tasks, messages, prompts, list::nameOf);
        this.transfer = new CatalogTransferPresenter(api, tasks, messages, prompts, dialogs, clock, this::imported);
        this.calendar = new CalendarPresenter(api, tasks, messages, prompts, dialogs, clock);
        this.queueSettings = new org.yichuang.client.queue.settings.QueueSettingsPresenter(api, tasks, messages,
                prompts);
        // issue 10: hall settings
        this.hallSettings = new org.yichuang.client.admin.hall.HallSettingsPresenter(api, tasks, messages, prompts,
                clock);
        this.busy = tasks.isBusy();
        this.busyListener = new BackgroundTasks.TaskListener() {
            @Override
            public void busyChanged(boolean value) {
                boolean old = busy;
                busy = value;
                fire(Property.BUSY, old, busy);
            }
        };
        tasks.addListener(busyListener);
    }

    public ItemListPresenter list() {
        return list;
    }

    public ItemEditorPresenter editor() {
        return editor;
    }

    public BundlePresenter bundles() {
        return bundles;
    }

    public CatalogTransferPresenter transfer() {
        return transfer;
    }

    /** The 日历 page; it loads when first shown. */
    public CalendarPresenter calendar() {
        return calendar;
    }

    /** The 叫号设置 page (issue 12); it loads when first shown. */
    public org.yichuang.client.queue.settings.QueueSettingsPresenter queueSettings() {
        return queueSettings;
    }

    /** The 大厅设置 page (issue 10); it loads when first shown. */
    public org.yichuang.client.admin.hall.HallSettingsPresenter hallSettings() {
        return hallSettings;
    }

    /** Returns true while any server call of the client runs. */
    public boolean isBusy() {
        return busy;
    }

    /** Loads the item list and the bundles. */
    public void load() {
        list.load();
        bundles.load();
    }

    /** Opens an item from the list, asking first when the open one has unsaved changes. */
    @Override
    public void openItem(String implementationCode) {
        if (implementationCode == null || Objects.equals(implementationCode, list.selectedCode()) && editor.isOpen()
                && !editor.isNew()) {
            return;
        }
        if (!editor.confirmDiscard()) {
            list.reassertSelection();
            return;
        }
        list.setSelectedCode(implementationCode);
        editor.load(implementationCode);
    }

    /** Starts a new item (新建事项). */
    @Override
    public void newItem() {
        if (editor.confirmDiscard()) {
            list.setSelectedCode(null);
            editor.newItem();
        }
    }

    /** Starts a copy of the open item (复制事项). */
    @Override
    public void copyItem() {
        if (editor.canCopy()) {
            list.setSelectedCode(null);
            editor.copyItem();
        }
    }

    /** Returns true when nothing unsaved would be lost by closing (asks about each edited part). */
    public boolean confirmClose() {
        return editor.confirmDiscard() && bundles.confirmDiscard() && queueSettings.confirmDiscard()
                && hallSettings.confirmDiscard();
    }

    /** Stops listening to the shared task funnel (the window closes). */
    public void dispose() {
        tasks.removeListener(busyListener);
    }

    private void itemSaved(VersionedItem saved) {
        list.setSelectedCode(saved.inForce() ? saved.item().implementationCode() : null);
        list.reload();
        bundles.itemsChanged();
        if (!saved.inForce() && !saved.effectiveFrom().isAfter(clock.instant())) {
            editor.close();
        }
    }

    private void imported() {
        list.load();
        bundles.load();
        bundles.itemsChanged();
        if (editor.isOpen() && !editor.isNew() && !editor.isDirty()) {
            editor.load(editor.loaded().item().implementationCode());
        }
    }
}
