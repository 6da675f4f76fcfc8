package org.yichuang.core.catalog;

/**
 * The fee (收费) of an item: free, or an amount in fen (分) with its legal basis.
 *
 * @param amountFen 0 when free
 * @param basis     收费依据; required when not free
 */
public record Fee(boolean charged, long amountFen, String basis) {
    /** The fee of a free item (不收费). */
    public static final Fee FREE = new Fee(false, 0, null);

    /** Returns a charged fee. */
    public static Fee of(long amountFen, String basis) {
        return new Fee(true, amountFen, basis);
    }
}
