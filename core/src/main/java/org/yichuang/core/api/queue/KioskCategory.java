package org.yichuang.core.api.queue;

/**
 * A button of the self-service kiosk (自助取号机): a category issuing tickets now.
 *
 * @param code           the category's code, sent back to issue
 * @param name           the button's text, e.g. 综合受理
 * @param prefix         the letter its numbers start with
 * @param waiting        tickets of the category waiting now
 * @param bookingOffered whether the category takes bookings (预约), which the kiosk checks in
 */
public record KioskCategory(String code, String name, String prefix, int waiting, boolean bookingOffered) {
}
