package org.yichuang.core.catalog;

import java.util.List;

/**
 * A bundle (一件事): items an applicant usually needs together, applied for once; a bundle case becomes one
 * parent case with a child case per item.
 *
 * @param itemCodes implementation codes of the member items, in the order they are handled
 */
public record ServiceBundle(String code, String name, String description, List<String> itemCodes) {
    /** Copies the list so a bundle never changes after validation. */
    public ServiceBundle {
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    }
}
