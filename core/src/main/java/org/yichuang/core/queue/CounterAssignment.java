package org.yichuang.core.queue;

/**
 * Which categories a counter serves (窗口服务类别) and with what weight: a counter calls the category whose waiting
 * tickets have waited longest, their wait multiplied by the weight, so a counter mostly for 不动产 still helps 综合
 * when that queue grows.
 *
 * @param counterNo        the counter's number as the hall registered it (窗口号, from 1)
 * @param categoryCode     the category it serves
 * @param weight           1–10; 1 by default
 * @param priorityCounter  a counter set aside for priority tickets ({@link PriorityOrdering#DEDICATED_COUNTER})
 */
public record CounterAssignment(int counterNo, String categoryCode, int weight, boolean priorityCounter) {
    /** The highest weight: beyond it one category would starve the others. */
    public static final int MAX_WEIGHT = 10;
}
