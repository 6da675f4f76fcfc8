package org.yichuang.core.queue;

import java.util.List;

/**
 * A queue category (业务类别): what a ticket is taken for, with its prefix letter, the items it serves, when it issues
 * tickets and whether it takes bookings (RULES.md §8.2).
 *
 * @param code           stable code the hall chooses, e.g. {@code GENERAL}
 * @param name           the name on the kiosk button and the ticket, e.g. 综合受理
 * @param prefix         the letter its numbers start with
 * @param itemCodes      the implementation codes of the items it serves (may be empty for a business line such as
 *                       咨询 or 领证)
 * @param windows        the times of day it issues tickets; never empty
 * @param cap            the daily limit, or null for none
 * @param bookingOffered whether applicants may book a slot (预约) in this category
 * @param active         whether it issues tickets at all; a closed category keeps its history
 */
public record QueueCategory(String code, String name, char prefix, List<String> itemCodes,
        List<IssuingWindow> windows, DailyCap cap, boolean bookingOffered, boolean active) {
    /** Copies the lists. */
    public QueueCategory {
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
        windows = windows == null ? List.of() : List.copyOf(windows);
    }
}
