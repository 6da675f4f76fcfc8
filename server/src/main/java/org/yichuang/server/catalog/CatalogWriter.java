package org.yichuang.server.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.ServiceItem;
import org.yichuang.server.audit.AuditAction;
import org.yichuang.server.audit.AuditDao;

/**
 * Stores new item versions and bundles inside the caller's transaction, in batches: identities, versions, the
 * projection on {@code service_items} and one audit row per change. Callers hold {@link ItemDao#lockCatalog()} and
 * have checked every item with {@code ServiceItemRules}; this class decides nothing.
 */
public final class CatalogWriter {
    private final ItemJson json;

    /** Writes items with the server's mapper. */
    public CatalogWriter(ItemJson json) {
        this.json = json;
    }

    /**
     * A version to store.
     *
     * @param itemId  the identity row, or null to create one
     * @param version 1 for a new item, else the latest version + 1
     */
    public record Planned(Long itemId, int version, ServiceItem item, Instant effectiveFrom, boolean inForce) {
    }

    /**
     * Stores the versions and audits each one with {@code action}; returns the item id of every implementation code
     * written, new identities included.
     */
    public Map<String, Long> writeVersions(Handle h, List<Planned> planned, Actor actor, Instant now,
            AuditAction action) {
        ItemDao items = h.attach(ItemDao.class);
        List<Planned> fresh = planned.stream().filter(p -> p.itemId() == null).toList();
        List<Planned> known = planned.stream().filter(p -> p.itemId() != null).toList();
        Map<String, Long> ids = new HashMap<>();
        long[] freshIds = fresh.isEmpty() ? new long[0]
                : items.insertAll(fresh.stream().map(p -> ItemProjection.of(p.item(), p.inForce())).toList());
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i).item().implementationCode(), freshIds[i]);
        }
        known.forEach(p -> ids.put(p.item().implementationCode(), p.itemId()));
        if (!known.isEmpty()) {
            items.updateAll(known.stream().map(Planned::itemId).toList(),
                    known.stream().map(p -> ItemProjection.of(p.item(), p.inForce())).toList());
        }
        List<NewVersion> rows = new ArrayList<>(planned.size());
        List<String> subjects = new ArrayList<>(planned.size());
        List<String> details = new ArrayList<>(planned.size());
        for (Planned p : planned) {
            String code = p.item().implementationCode();
            rows.add(new NewVersion(ids.get(code), p.version(), p.effectiveFrom(), p.inForce(), json.write(p.item()),
                    now, actor.staffId()));
            subjects.add(code);
            details.add("version:" + p.version() + " effectiveFrom:" + p.effectiveFrom() + " inForce:" + p.inForce());
        }
        if (!rows.isEmpty()) {
            h.attach(ItemVersionDao.class).insertAll(rows);
            h.attach(AuditDao.class).insertAll(now, actor.staffId(), action.name(), subjects, details);
        }
        return ids;
    }

    /**
     * Creates or replaces the bundles (name, description and the whole member list) and audits each one.
     *
     * @param itemIds the item id of every member code (callers have checked that each exists)
     */
    public void writeBundles(Handle h, List<ServiceBundle> bundles, Map<String, Long> itemIds, Actor actor,
            Instant now) {
        BundleDao dao = h.attach(BundleDao.class);
        List<Long> bundleIds = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (ServiceBundle b : bundles) {
            long id = dao.upsert(b.code(), b.name(), b.description(), b.runMode().name(),
                    b.promisedLimit() == null ? null : b.promisedLimit().value(),
                    b.promisedLimit() == null ? null : b.promisedLimit().unit().name());
            dao.removeMembers(id);
            for (int i = 0; i < b.itemCodes().size(); i++) {
                bundleIds.add(id);
                positions.add(i);
                members.add(itemIds.get(b.itemCodes().get(i)));
            }
            subjects.add(b.code());
            details.add("items:" + b.itemCodes().size());
        }
        if (!members.isEmpty()) {
            dao.addMembers(bundleIds, positions, members);
        }
        if (!subjects.isEmpty()) {
            h.attach(AuditDao.class).insertAll(now, actor.staffId(), AuditAction.BUNDLE_SAVED.name(), subjects,
                    details);
        }
    }
}
