package org.yichuang.catalogio.check;

import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.error.Problem;

/**
 * Turns a problem of a catalog entry, found on the model, back into a place in the file: a sheet, row and column of
 * the workbook, or a field path of the JSON document.
 */
public interface ProblemLocator {

    /** Locates a problem of the item at {@code index} (document order); {@code field} is relative, e.g. {@code fee}. */
    Problem item(int index, String field, ErrorCode code, String message);

    /** Locates a problem of the bundle at {@code index}; {@code field} is relative, e.g. {@code itemCodes[2]}. */
    Problem bundle(int index, String field, ErrorCode code, String message);

    /** Names where a field of an item is, for messages such as “与第 5 行重复”: {@code 第 5 行} or {@code items[2]}. */
    String describeItem(int index, String field);

    /** Names where a bundle is, e.g. {@code 第 3 行} or {@code bundles[1]}. */
    String describeBundle(int index);
}
