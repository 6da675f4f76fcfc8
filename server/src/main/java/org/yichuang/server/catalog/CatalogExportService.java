package org.yichuang.server.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.yichuang.catalogio.CatalogFiles;
import org.yichuang.core.api.CatalogFormat;
import org.yichuang.core.catalog.CatalogDocument;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;
import org.yichuang.server.hall.HallService;

/**
 * Exports the whole catalog (导出事项库): the latest version of every item, future-dated and withdrawn ones included,
 * plus every bundle, so that importing the file back changes nothing.
 */
public final class CatalogExportService {
    private final Jdbi jdbi;
    private final CatalogFiles files;
    private final ItemJson json;
    private final HallService hall;
    private final Clock clock;

    /** Wires the service. */
    public CatalogExportService(Jdbi jdbi, CatalogFiles files, ItemJson json, HallService hall, Clock clock) {
        this.jdbi = jdbi;
        this.files = files;
        this.json = json;
        this.hall = hall;
        this.clock = clock;
    }

    /**
     * An exported file.
     *
     * @param fileName e.g. {@code 事项库-20260302.xlsx} (the hall's date)
     */
    public record Export(byte[] content, CatalogFormat format, String fileName) {
    }

    /** Builds the file and audits the export. */
    public Export export(Actor actor, CatalogFormat format) {
        // one snapshot: a bundle must not name an item saved after the item list was read
        CatalogDocument document = jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            List<ServiceItem> items = h.attach(ItemVersionDao.class).latestOfAll().stream()
                    .map(r -> json.read(r.itemJson())).toList();
            List<ServiceBundle> bundles = h.attach(BundleDao.class).listAll().stream().map(BundleRow::bundle)
                    .toList();
            return new CatalogDocument(CatalogDocument.FORMAT_VERSION, hall.info().hallName() + "事项库", items,
                    bundles);
        });
        byte[] content = files.write(document, format);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbi.useExtension(AuditDao.class, a -> a.record(now, actor.staffId(), AuditAction.CATALOG_EXPORTED,
                format.name(), "items:" + document.items().size() + " bundles:" + document.bundles().size()));
        String day = now.atZone(hall.zone()).toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        return new Export(content, format, "事项库-" + day + "." + format.extension());
    }
}
