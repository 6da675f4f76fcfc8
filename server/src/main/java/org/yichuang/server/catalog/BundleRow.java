package org.yichuang.server.catalog;

import java.util.List;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.LimitUnit;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.TimeLimit;

/**
 * A stored bundle (一件事).
 *
 * @param itemCodes  implementation codes of the members in handling order
 * @param limitValue the bundle's own promised limit, or {@code null} with {@code limitUnit}
 */
public record BundleRow(String code, String name, String description, String[] itemCodes, BundleRunMode runMode,
        Integer limitValue, LimitUnit limitUnit) {

    /** Returns the API view. */
    public ServiceBundle bundle() {
        return new ServiceBundle(code, name, description, List.of(itemCodes), runMode,
                limitValue == null ? null : new TimeLimit(limitValue, limitUnit));
    }
}
