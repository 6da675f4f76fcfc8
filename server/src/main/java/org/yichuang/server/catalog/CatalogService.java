package org.yichuang.server.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.yichuang.core.api.CatalogListing;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.api.VersionedItem;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** Reads the service catalog (事项库): the versions in force now, and an item's history. */
public final class CatalogService {
    private final ItemVersionDao versions;
    private final ItemJson json;
    private final Clock clock;

    /** Reads through the DAO; "now" comes from the clock. */
    public CatalogService(ItemVersionDao versions, ItemJson json, Clock clock) {
        this.versions = versions;
        this.json = json;
        this.clock = clock;
    }

    /** Lists the items in force now by department and name. */
    public List<ServiceItemSummary> list() {
        return versions.summariesInForceAt(clock.instant()).stream().map(InForceRow::summary).toList();
    }

    /** Returns every item in force now, whole, by department and name (the public guide's index). */
    public List<VersionedItem> allInForce() {
        return versions.allInForceAt(clock.instant()).stream().map(r -> r.versioned(json)).toList();
    }

    /**
     * Returns the summary of the version of the item in force at {@code at}: the version a case accepted then keeps.
     * Reads on the caller's handle, inside its transaction.
     *
     * @throws DomainException ITEM_NOT_FOUND when there is none (unknown, withdrawn, or not yet effective)
     */
    public InForceRow require(Handle h, String implementationCode, Instant at) {
        return h.attach(ItemInForceDao.class).summaryInForceAt(implementationCode, at)
                .orElseThrow(() -> new DomainException(ErrorCode.ITEM_NOT_FOUND));
    }

    /**
     * Returns the whole item in force now with its version.
     *
     * @throws DomainException ITEM_NOT_FOUND
     */
    public VersionedItem get(String implementationCode) {
        return findInForce(implementationCode).orElseThrow(() -> new DomainException(ErrorCode.ITEM_NOT_FOUND));
    }

    /** Returns the whole item in force now with its version, if there is one. */
    public Optional<VersionedItem> findInForce(String implementationCode) {
        return versions.inForceAt(implementationCode, clock.instant()).map(r -> r.versioned(json));
    }

    /** Lists the latest version of every item, withdrawn and waiting ones included (事项管理). */
    public List<CatalogListing> listings() {
        return versions.listings();
    }

    /**
     * Returns every version of the item, newest first, including withdrawn and future-dated ones.
     *
     * @throws DomainException ITEM_NOT_FOUND when the item has no version at all
     */
    public List<VersionedItem> history(String implementationCode) {
        List<VersionedItem> all = versions.history(implementationCode).stream().map(r -> r.versioned(json)).toList();
        if (all.isEmpty()) {
            throw new DomainException(ErrorCode.ITEM_NOT_FOUND);
        }
        return all;
    }
}
