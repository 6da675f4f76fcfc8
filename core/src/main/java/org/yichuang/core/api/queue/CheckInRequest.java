package org.yichuang.core.api.queue;

import org.yichuang.core.identity.DocumentType;

/**
 * 预约签到: turns today's booking of the person into a priority ticket, at the kiosk
 * ({@code POST /kiosk/api/checkin}) or reception ({@code POST /api/queue/bookings/checkin}).
 *
 * @param categoryCode optional: which of the person's bookings today; the earliest when null
 */
public record CheckInRequest(DocumentType documentType, String documentNumber, String categoryCode) {
    /** Never prints the document number. */
    @Override
    public String toString() {
        return "CheckInRequest[" + documentType + ", " + categoryCode + "]";
    }
}
