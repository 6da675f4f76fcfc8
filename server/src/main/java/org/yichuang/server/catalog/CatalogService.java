package org.yichuang.server.catalog;

import java.util.List;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;

/** The service items (政务服务事项) in force. */
public final class CatalogService {
    private final ItemDao items;

    /** Reads through the DAO. */
    public CatalogService(ItemDao items) {
        this.items = items;
    }

    /** Lists items in force by department and name. */
    public List<ServiceItemSummary> list() {
        return items.listInForce().stream().map(ItemRow::summary).toList();
    }

    /**
     * Returns the item in force with this implementation code (实施编码).
     *
     * @throws DomainException ITEM_NOT_FOUND
     */
    public ItemRow require(String implementationCode) {
        return items.findInForce(implementationCode).orElseThrow(() -> new DomainException(ErrorCode.ITEM_NOT_FOUND));
    }
}
