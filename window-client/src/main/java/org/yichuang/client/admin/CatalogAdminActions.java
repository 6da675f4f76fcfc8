package org.yichuang.client.admin;

import org.yichuang.client.admin.bundle.BundleActions;
import org.yichuang.client.admin.calendar.ImportCalendarAction;
import org.yichuang.client.admin.item.EditorActions;
import org.yichuang.client.admin.item.actions.NewItemAction;
import org.yichuang.client.admin.transfer.CopyProblemsAction;
import org.yichuang.client.admin.transfer.ExportCatalogAction;
import org.yichuang.client.admin.transfer.ImportCatalogAction;
/** Every command of the catalog administration, built once and shared by buttons and menus. */
record CatalogAdminActions(ImportCatalogAction importCatalog, ExportCatalogAction exportCatalog,
        ReloadCatalogAction reload, NewItemAction newItem, EditorActions editor, BundleActions bundles,
        CopyProblemsAction copyProblems, ImportCalendarAction importCalendar) {
}
