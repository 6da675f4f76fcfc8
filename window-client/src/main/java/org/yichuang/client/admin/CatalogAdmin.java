package org.yichuang.client.admin;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.time.Clock;
import javax.swing.JMenu;
import javax.swing.SwingUtilities;
import org.yichuang.client.admin.bundle.AddBundleMemberAction;
import org.yichuang.client.admin.bundle.BundleActions;
import org.yichuang.client.admin.bundle.BundlePresenter;
import org.yichuang.client.admin.bundle.DeleteBundleAction;
import org.yichuang.client.admin.bundle.MoveBundleMemberDownAction;
import org.yichuang.client.admin.bundle.MoveBundleMemberUpAction;
import org.yichuang.client.admin.bundle.NewBundleAction;
import org.yichuang.client.admin.bundle.RemoveBundleMemberAction;
import org.yichuang.client.admin.bundle.SaveBundleAction;
import org.yichuang.client.admin.calendar.ImportCalendarAction;
import org.yichuang.client.admin.item.clock.AddStepLimitAction;
import org.yichuang.client.admin.item.clock.RemoveStepLimitAction;
import org.yichuang.client.admin.item.clock.StepLimitActions;
import org.yichuang.client.admin.item.materials.AddMaterialAction;
import org.yichuang.client.admin.item.actions.CopyItemAction;
import org.yichuang.client.admin.item.EditorActions;
import org.yichuang.client.admin.item.ItemEditorPresenter;
import org.yichuang.client.admin.item.materials.MaterialActions;
import org.yichuang.client.admin.item.materials.MoveMaterialDownAction;
import org.yichuang.client.admin.item.materials.MoveMaterialUpAction;
import org.yichuang.client.admin.item.actions.NewItemAction;
import org.yichuang.client.admin.item.actions.ReloadItemAction;
import org.yichuang.client.admin.item.materials.RemoveMaterialAction;
import org.yichuang.client.admin.item.actions.SaveItemAction;
import org.yichuang.client.admin.item.actions.WithdrawItemAction;
import org.yichuang.client.admin.transfer.CatalogFileDialogs;
import org.yichuang.client.admin.transfer.CopyProblemsAction;
import org.yichuang.client.admin.transfer.ExportCatalogAction;
import org.yichuang.client.admin.transfer.ImportCatalogAction;
import org.yichuang.client.admin.transfer.SwingCatalogFileDialogs;
import org.yichuang.client.ui.BackgroundTasks;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.UserPrompts;
import org.yichuang.core.api.HallApi;

/**
 * Builds the catalog administration (事项管理) for one signed-in administrator: presenters, actions, the work panel
 * and the 事项管理 menu. The composition root holds one per session (or per admin window).
 */
public final class CatalogAdmin {
    /** Name of the 事项管理 menu, for tests. */
    public static final String MENU = "admin.menu";

    private final Messages messages;
    private final CatalogAdminPresenter presenter;
    private final CatalogAdminActions actions;
    private final CatalogAdminPanel panel;

    /** Wires everything with file choosers parented on the panel's window. */
    public static CatalogAdmin create(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            Clock clock) {
        Component[] parent = new Component[1];
        CatalogFileDialogs dialogs = new SwingCatalogFileDialogs(messages, prompts,
                () -> parent[0] == null ? null : SwingUtilities.getWindowAncestor(parent[0]));
        CatalogAdmin admin = new CatalogAdmin(api, tasks, messages, prompts, dialogs, clock);
        parent[0] = admin.panel();
        return admin;
    }

    /** Wires everything around the given file dialogs (tests pass scripted ones). */
    public CatalogAdmin(HallApi api, BackgroundTasks tasks, Messages messages, UserPrompts prompts,
            CatalogFileDialogs dialogs, Clock clock) {
        this.messages = messages;
        this.presenter = new CatalogAdminPresenter(api, tasks, messages, prompts, dialogs, clock);
        ItemEditorPresenter editor = presenter.editor();
        BundlePresenter bundles = presenter.bundles();
        MaterialActions materials = new MaterialActions(new AddMaterialAction(messages, editor),
                new RemoveMaterialAction(messages, editor), new MoveMaterialUpAction(messages, editor),
                new MoveMaterialDownAction(messages, editor));
        EditorActions editorActions = new EditorActions(new SaveItemAction(messages, editor),
                new ReloadItemAction(messages, editor), new WithdrawItemAction(messages, editor),
                new CopyItemAction(messages, editor, presenter), materials,
                new StepLimitActions(new AddStepLimitAction(messages, editor.stepLimits()),
                        new RemoveStepLimitAction(messages, editor.stepLimits())));
        BundleActions bundleActions = new BundleActions(new NewBundleAction(messages, bundles),
                new SaveBundleAction(messages, bundles), new DeleteBundleAction(messages, bundles),
                new AddBundleMemberAction(messages, bundles), new RemoveBundleMemberAction(messages, bundles),
                new MoveBundleMemberUpAction(messages, bundles), new MoveBundleMemberDownAction(messages, bundles));
        this.actions = new CatalogAdminActions(new ImportCatalogAction(messages, presenter.transfer()),
                new ExportCatalogAction(messages, presenter.transfer()), new ReloadCatalogAction(messages, presenter),
                new NewItemAction(messages, presenter), editorActions, bundleActions,
                new CopyProblemsAction(messages, presenter.transfer()),
                new ImportCalendarAction(messages, presenter.calendar()));
        this.panel = new CatalogAdminPanel(messages, presenter, actions, clock.getZone());
    }

    public CatalogAdminPresenter presenter() {
        return presenter;
    }

    public CatalogAdminPanel panel() {
        return panel;
    }

    /** Returns a new 事项管理 menu: import, export, new item, new bundle, import calendar, refresh. */
    public JMenu menu() {
        JMenu menu = new JMenu(messages.text("admin.menu"));
        menu.setName(MENU);
        menu.setMnemonic(KeyEvent.VK_M);
        menu.add(actions.importCatalog());
        menu.add(actions.exportCatalog());
        menu.addSeparator();
        menu.add(actions.newItem());
        menu.add(actions.bundles().create());
        menu.addSeparator();
        menu.add(actions.importCalendar());
        menu.addSeparator();
        menu.add(actions.reload());
        return menu;
    }

    /** Loads the lists. */
    public void load() {
        presenter.load();
    }

    /** Returns true when nothing unsaved would be lost, asking about each edited part. */
    public boolean confirmClose() {
        return presenter.confirmClose();
    }

    /** Stops listening to the shared task funnel. */
    public void dispose() {
        presenter.dispose();
    }
}
