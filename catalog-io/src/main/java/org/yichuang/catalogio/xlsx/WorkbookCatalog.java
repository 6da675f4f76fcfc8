package org.yichuang.catalogio.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.catalogio.check.CatalogValidator;
import org.yichuang.catalogio.check.FailedFields;
import org.yichuang.catalogio.xlsx.BundleSheet.BundleRow;
import org.yichuang.catalogio.xlsx.ItemRows.ItemRow;
import org.yichuang.catalogio.xlsx.MaterialRows.MaterialRow;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.MaterialRequirement;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Builds the catalog from the three sheets of a read workbook: items from 事项, their materials from 申请材料 (by
 * 实施编码, in 序号 order), bundles from 一件事; then checks it as a whole and locates every problem in a cell.
 */
final class WorkbookCatalog {
    private static final List<String> SHEET_ORDER = List.of(ItemSheet.NAME, MaterialSheet.NAME, BundleSheet.NAME);

    private final WorkbookContent workbook;
    private final List<Problem> problems = new ArrayList<>();

    WorkbookCatalog(WorkbookContent workbook) {
        this.workbook = workbook;
    }

    /** The sheet names the import reads. */
    static Set<String> sheetNames() {
        return Set.copyOf(SHEET_ORDER);
    }

    ParsedCatalog read(Set<String> existingItemCodes, boolean riskyItemsMayDefer) {
        SheetContext items = sheet(ItemSheet.NAME, ItemSheet.COLUMNS, true);
        SheetContext materials = sheet(MaterialSheet.NAME, MaterialSheet.COLUMNS, true);
        SheetContext bundles = sheet(BundleSheet.NAME, BundleSheet.COLUMNS, false);
        boolean itemsReadable = readable(items);
        List<ItemRow> itemRows = itemsReadable ? ItemRows.read(items, problems) : List.of();
        List<MaterialRow> materialRows = readable(materials) ? MaterialRows.read(materials, problems) : List.of();
        List<BundleRow> bundleRows = readable(bundles) ? BundleSheet.read(bundles, problems) : List.of();

        List<List<MaterialRow>> perItem = attach(itemRows, materialRows, materials, itemsReadable);
        FailedFields failed = new FailedFields();
        List<ServiceItem> itemValues = new ArrayList<>();
        List<List<Integer>> materialLines = new ArrayList<>();
        for (int i = 0; i < itemRows.size(); i++) {
            List<MaterialRow> own = perItem.get(i);
            itemValues.add(withMaterials(itemRows.get(i).item(), own.stream().map(MaterialRow::material).toList()));
            materialLines.add(own.stream().map(MaterialRow::row).toList());
            int index = i;
            itemRows.get(i).failed().forEach(f -> failed.item(index, f));
            for (int k = 0; k < own.size(); k++) {
                String prefix = "materials[" + k + "].";
                own.get(k).failed().forEach(f -> failed.item(index, prefix + f));
            }
        }
        List<ServiceBundle> bundleValues = bundleRows.stream().map(BundleRow::bundle).toList();
        for (int b = 0; b < bundleRows.size(); b++) {
            int index = b;
            bundleRows.get(b).failed().forEach(f -> failed.bundle(index, f));
        }
        CatalogDocument document = new CatalogDocument(CatalogDocument.FORMAT_VERSION, workbook.title(), itemValues,
                bundleValues);
        if (itemsReadable) {
            XlsxLocator locator = new XlsxLocator(items, materials, bundles, itemValues,
                    itemRows.stream().map(ItemRow::row).toList(), materialLines,
                    bundleRows.stream().map(BundleRow::row).toList());
            problems.addAll(new CatalogValidator(locator, failed, riskyItemsMayDefer).validate(document,
                    existingItemCodes));
        }
        problems.sort(IN_SHEET_ORDER);
        boolean complete = itemsReadable && readable(materials) && (bundles == null || readable(bundles));
        return new ParsedCatalog(complete ? document : null, problems);
    }

    /** Returns the sheet ready to read, or {@code null} when the file does not have it (reported when required). */
    private SheetContext sheet(String name, List<Column> columns, boolean required) {
        SheetTable table = workbook.sheet(name);
        if (table == null) {
            if (required) {
                problems.add(new Problem(name, null, null, null, ErrorCode.CATALOG_FIELD_MISSING.name(),
                        "缺少工作表“" + name + "”。"));
            }
            return null;
        }
        return SheetContext.of(table, columns, problems);
    }

    /** A sheet without all its required columns is not read row by row: every row would repeat the same gap. */
    private static boolean readable(SheetContext sheet) {
        return sheet != null && sheet.headers().complete();
    }

    /** Gives each item its materials, in 序号 order (then row order); reports materials of unknown items. */
    private List<List<MaterialRow>> attach(List<ItemRow> itemRows, List<MaterialRow> materialRows,
            SheetContext materials, boolean itemsReadable) {
        Map<String, Integer> indexByCode = new HashMap<>();
        List<List<MaterialRow>> perItem = new ArrayList<>();
        for (int i = 0; i < itemRows.size(); i++) {
            String code = itemRows.get(i).item().implementationCode();
            if (code != null) {
                indexByCode.putIfAbsent(code, i);   // a duplicate row is reported; materials go to the first
            }
            perItem.add(new ArrayList<>());
        }
        for (MaterialRow m : materialRows) {
            if (m.itemCode() == null) {
                continue;
            }
            Integer index = indexByCode.get(m.itemCode());
            if (index != null) {
                perItem.get(index).add(m);
            } else if (itemsReadable) {
                problems.add(new Problem(materials.name(), m.row(), materials.headers().letter(MaterialSheet.ITEM_CODE),
                        MaterialSheet.ITEM_CODE.header(), ErrorCode.CATALOG_VALUE_INVALID.name(),
                        "实施编码“" + m.itemCode() + "”在“" + ItemSheet.NAME + "”工作表中没有对应的事项。"));
            }
        }
        Comparator<MaterialRow> byOrder = Comparator.comparing(MaterialRow::order,
                Comparator.nullsLast(Comparator.naturalOrder()));
        perItem.forEach(list -> list.sort(byOrder.thenComparingInt(MaterialRow::row)));
        return perItem;
    }

    private static ServiceItem withMaterials(ServiceItem i, List<MaterialRequirement> materials) {
        return new ServiceItem(i.baseCode(), i.implementationCode(), i.name(), i.itemType(), i.department(),
                i.departmentCreditCode(), i.legalBasis(), i.statutoryLimit(), i.promisedLimit(), i.caseKind(),
                i.conditions(), i.processSteps(), i.fee(), i.serviceObjects(), i.channels(), i.visits(),
                i.specialProcedures(), i.resultName(), i.deliveryOptions(), i.deferralAllowed(), i.contacts(),
                materials, i.aliases(), i.maxExtensions(), i.jointHandling(), i.stepLimits(), i.riskCategory(),
                i.commitmentAllowed(), i.postCheckWorkingDays(), i.sealOwner(), i.askGenuineIntent());
    }

    /** Problems as an administrator works through them: sheet by sheet, top to bottom, left to right. */
    private static final Comparator<Problem> IN_SHEET_ORDER = Comparator
            .comparingInt((Problem p) -> p.sheet() == null ? -1 : SHEET_ORDER.indexOf(p.sheet()))
            .thenComparing(Problem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(p -> p.column() == null ? -1 : columnIndex(p.column()));

    private static int columnIndex(String letters) {
        return CellReference.convertColStringToIndex(letters);
    }
}
