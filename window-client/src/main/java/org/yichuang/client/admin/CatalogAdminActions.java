package org.yichuang.client.admin;

/** Every command of the catalog administration, built once and shared by buttons and menus. */
record CatalogAdminActions(ImportCatalogAction importCatalog, ExportCatalogAction exportCatalog,
        ReloadCatalogAction reload, NewItemAction newItem, EditorActions editor, BundleActions bundles,
        CopyProblemsAction copyProblems) {
}
