package org.yichuang.server.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.catalogio.ParsedCatalog;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.api.ImportResult;
import org.yichuang.core.catalog.BundleRules;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.Violation;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.hall.HallDao;

/**
 * Imports a whole catalog file (导入事项库), all or nothing: every problem is reported and nothing is stored when there
 * is any; otherwise one transaction stores new items as version 1, changed items as a new version effective now,
 * leaves identical items alone and creates or replaces the file's bundles. Items not in the file stay as they are.
 */
public final class CatalogImportService {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogImportService.class);

    private final Jdbi jdbi;
    private final CatalogFiles files;
    private final ItemJson json;
    private final CatalogWriter writer;
    private final Clock clock;

    /** Wires the service. */
    public CatalogImportService(Jdbi jdbi, CatalogFiles files, ItemJson json, CatalogWriter writer, Clock clock) {
        this.jdbi = jdbi;
        this.files = files;
        this.json = json;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Reads, checks and stores the file.
     *
     * @throws DomainException CATALOG_IMPORT_INVALID with every problem found
     */
    public ImportResult importFile(Actor actor, byte[] content, CatalogFormat format) {
        long start = System.nanoTime();
        // items are never deleted, so codes known now are still known when the transaction below runs
        var known = new HashSet<>(jdbi.withExtension(ItemVersionDao.class, ItemVersionDao::versionedCodes));
        boolean riskyMayDefer = jdbi.withExtension(HallDao.class, HallDao::riskyItemsMayDefer);
        ParsedCatalog parsed = files.read(content, format, known, riskyMayDefer);
        if (!parsed.ok()) {
            List<Problem> problems = parsed.problems().isEmpty()
                    ? List.of(Problem.at(null, ErrorCode.CATALOG_FILE_UNREADABLE,
                            ErrorCode.CATALOG_FILE_UNREADABLE.defaultMessage()))
                    : parsed.problems();
            throw new DomainException(ErrorCode.CATALOG_IMPORT_INVALID,
                    "导入文件有 " + problems.size() + " 处错误，未导入任何内容。请按错误清单修改后重新导入。", problems);
        }
        List<Problem> controls = ImportedText.controlCharacters(json.tree(parsed.document()));
        if (!controls.isEmpty()) {
            throw new DomainException(ErrorCode.CATALOG_IMPORT_INVALID,
                    "导入文件有 " + controls.size() + " 处文字含有控制字符，未导入任何内容。", controls);
        }
        long parsedAt = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ImportResult result = jdbi.inTransaction(h -> store(h, actor, parsed.document(), format, now));
        LOG.info("catalog import ({}): {} added, {} changed, {} unchanged, {} bundles; read {} ms, stored {} ms",
                format, result.itemsAdded(), result.itemsChanged(), result.itemsUnchanged(), result.bundlesSaved(),
                (parsedAt - start) / 1_000_000, (System.nanoTime() - parsedAt) / 1_000_000);
        return result;
    }

    private ImportResult store(Handle h, Actor actor, CatalogDocument document, CatalogFormat format, Instant now) {
        h.attach(ItemDao.class).lockCatalog();
        Map<String, Long> ids = new HashMap<>();
        h.attach(ItemDao.class).identities().forEach(r -> ids.put(r.implementationCode(), r.id()));
        Map<String, VersionRow> latest = new HashMap<>();
        h.attach(ItemVersionDao.class).latestOfAll().forEach(r -> latest.put(r.implementationCode(), r));
        List<CatalogWriter.Planned> planned = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        var seen = new HashSet<String>();
        for (ServiceItem item : document.items()) {
            if (!seen.add(item.implementationCode())) {
                // the reader reports duplicates; this only keeps a reader bug from becoming a half-read catalog
                throw new DomainException(ErrorCode.CATALOG_IMPORT_INVALID, ErrorCode.CATALOG_IMPORT_INVALID
                        .defaultMessage(), List.of(Problem.at("implementationCode", ErrorCode.CATALOG_DUPLICATE_CODE,
                        "实施编码“" + item.implementationCode() + "”重复。")));
            }
            VersionRow current = latest.get(item.implementationCode());
            if (current == null) {
                added++;
                planned.add(new CatalogWriter.Planned(ids.get(item.implementationCode()), 1, item, now, true));
            } else if (json.read(current.itemJson()).equals(item)) {
                // withdrawn stays withdrawn: the file format has no in-force flag to say otherwise
                unchanged++;
            } else {
                planned.add(new CatalogWriter.Planned(current.itemId(), current.version() + 1, item, now, true));
            }
        }
        checkBundles(document, latest);
        ids.putAll(writer.writeVersions(h, planned, actor, now, AuditAction.ITEM_IMPORTED));
        writer.writeBundles(h, document.bundles(), ids, actor, now);
        ImportResult result = new ImportResult(added, planned.size() - added, unchanged, document.bundles().size());
        h.attach(AuditDao.class).record(now, actor.staffId(), AuditAction.CATALOG_IMPORTED, format.name(),
                "added:" + result.itemsAdded() + " changed:" + result.itemsChanged() + " unchanged:"
                        + result.itemsUnchanged() + " bundles:" + result.bundlesSaved());
        return result;
    }

    /**
     * The bundle rules with members from the catalog as well as from the file (the file's own check saw only the
     * file's items): a bundle limit longer than a stored member's statutory limit refuses the whole import.
     */
    private void checkBundles(CatalogDocument document, Map<String, VersionRow> latest) {
        Map<String, ServiceItem> items = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int b = 0; b < document.bundles().size(); b++) {
            ServiceBundle bundle = document.bundles().get(b);
            for (String code : bundle.itemCodes()) {
                VersionRow stored = latest.get(code);
                if (!items.containsKey(code) && stored != null) {
                    items.put(code, json.read(stored.itemJson()));
                }
            }
        }
        document.items().forEach(i -> items.put(i.implementationCode(), i));
        for (int b = 0; b < document.bundles().size(); b++) {
            for (Violation v : BundleRules.check(document.bundles().get(b), items)) {
                problems.add(Problem.at("bundles[" + b + "]." + v.field(), v.code(), v.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorCode.CATALOG_IMPORT_INVALID,
                    "导入文件有 " + problems.size() + " 处错误，未导入任何内容。请按错误清单修改后重新导入。", problems);
        }
    }
}
