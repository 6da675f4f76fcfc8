package org.yichuang.core.queue;

/**
 * A category's daily limit on tickets (每日限号) and the count at which reception is warned. Only lawful where the
 * category also offers booking (浙江 12(2): 未提供预约服务的，不得限定每日办件数量; RULES.md §8.1).
 *
 * @param limit  tickets a day, bookings included
 * @param warnAt the count from which reception and the kiosk show that few tickets remain
 */
public record DailyCap(int limit, int warnAt) {
    /** Returns true when one more ticket may be issued after {@code issued}. */
    public boolean allowsAnother(int issued) {
        return issued < limit;
    }

    /** Returns true when {@code issued} tickets reach the warning count. */
    public boolean warns(int issued) {
        return issued >= warnAt;
    }
}
