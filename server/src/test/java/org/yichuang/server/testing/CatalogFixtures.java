package org.yichuang.server.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.core.catalog.ServiceItemBuilder;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.catalog.Actor;
import org.yichuang.server.catalog.CatalogWriter;
import org.yichuang.server.catalog.ItemJson;
import org.yichuang.server.web.Json;

/** Valid items and versions for DAO tests, stored through the server's own writer. */
public final class CatalogFixtures {
    private final Jdbi jdbi;
    private final CatalogWriter writer = new CatalogWriter(new ItemJson(Json.newObjectMapper()));

    /** Stores into the given database. */
    public CatalogFixtures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A valid item of the county health bureau with base code {@code 0001} + {@code n} (5 digits) + {@code 000}. */
    public static ServiceItem item(int n, String name) {
        String base = "0001" + String.format("%05d", n) + "000";
        return new ServiceItemBuilder().codes(ServiceItemBuilder.HEALTH_BUREAU + "4" + base, base).name(name).build();
    }

    /** Stores a version (the identity row is created with version 1) and returns the item ids by code. */
    public Map<String, Long> store(Long itemId, int version, ServiceItem item, Instant effectiveFrom,
            boolean inForce, Instant recordedAt) {
        return jdbi.inTransaction(h -> writer.writeVersions(h, List.of(new CatalogWriter.Planned(itemId, version,
                item, effectiveFrom, inForce)), Actor.SYSTEM, recordedAt, AuditAction.ITEM_SAVED));
    }

    /** Stores version 1 of each item in one batch, effective at {@code at}. */
    public Map<String, Long> storeAll(List<ServiceItem> items, Instant at) {
        return jdbi.inTransaction(h -> writer.writeVersions(h, items.stream()
                .map(i -> new CatalogWriter.Planned(null, 1, i, at, true)).toList(), Actor.SYSTEM, at,
                AuditAction.ITEM_SAVED));
    }
}
