package org.yichuang.core.catalog;

import java.util.List;

/**
 * A material of a bundle's single form (一表申报): asked for once, serving every item in {@code itemCodes}.
 *
 * @param material the strictest combination of what the items ask (most originals and copies, required if any
 *                 item requires it, deferrable only if every item allows deferring it)
 */
public record MergedMaterial(MaterialRequirement material, List<String> itemCodes) {
    /** Copies the list. */
    public MergedMaterial {
        itemCodes = List.copyOf(itemCodes);
    }
}
