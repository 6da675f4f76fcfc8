package org.yichuang.server.catalog;

import java.util.List;
import org.yichuang.core.catalog.ServiceBundle;

/**
 * A stored bundle (一件事).
 *
 * @param itemCodes implementation codes of the members in handling order
 */
public record BundleRow(String code, String name, String description, String[] itemCodes) {

    /** Returns the API view. */
    public ServiceBundle bundle() {
        return new ServiceBundle(code, name, description, List.of(itemCodes));
    }
}
