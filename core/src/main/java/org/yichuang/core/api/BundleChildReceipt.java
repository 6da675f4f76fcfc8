package org.yichuang.core.api;

import java.time.Instant;
import java.time.LocalDate;
import org.yichuang.core.catalog.TimeLimit;

/**
 * One child case of a 一件事 application as received: its item, the department that handles it, and its promised
 * period per the bundle's rule (core {@code BundleSchedule}).
 *
 * @param position     the member's place in the bundle (0 = first)
 * @param limit        the limit the child runs: the bundle's own limit when it has one, else the item's promised limit
 * @param plannedStart when its promised period starts (串联: when the previous child is due)
 * @param dueDate      the last day of its promised period
 * @param dueAt        when that period ends
 * @param provisional  whether a year of the period has no published calendar (暂定)
 */
public record BundleChildReceipt(int position, String caseNo, String itemCode, String itemName, String department,
        TimeLimit limit, Instant plannedStart, LocalDate dueDate, Instant dueAt, boolean provisional) {
}
