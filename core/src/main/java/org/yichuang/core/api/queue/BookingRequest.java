package org.yichuang.core.api.queue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.yichuang.core.identity.DocumentType;

/**
 * A booking (预约) from the public booking page: {@code POST /public/booking/bookings}. Real name, document number and
 * phone are checked by the core value types; the document number is never stored.
 */
public record BookingRequest(String categoryCode, LocalDate day, LocalTime startsAt, String name,
        DocumentType documentType, String documentNumber, String phone) {
    /** Never prints the person. */
    @Override
    public String toString() {
        return "BookingRequest[" + categoryCode + ", " + day + " " + startsAt + "]";
    }
}
