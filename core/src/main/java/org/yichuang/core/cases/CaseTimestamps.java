package org.yichuang.core.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * The moments of a case's legal life (RULES.md §1.3). Receipt (收件) and acceptance (受理) are kept apart: a case may
 * be received and never accepted, and a deemed acceptance (视为受理) is dated back to the receipt.
 *
 * @param receivedAt               收件时间: starts the 5-working-day notice period
 * @param supplementNoticeDueAt    end of the notice period (一次告知 at the latest); null for cases from before V6
 * @param supplementNoticeServedAt 补正告知送达时间
 * @param supplementDueAt          补正期限
 * @param supplementCompletedAt    补正齐全时间 (normally the acceptance)
 * @param acceptedAt               受理时间; null until accepted
 * @param acceptanceBasis          set exactly when {@code acceptedAt} is
 * @param legalDueAt               法定办结期限 (end of the due day, hall-local)
 * @param promisedDueAt            承诺办结期限
 * @param decidedAt                作出决定时间
 * @param deliveredAt              送达时间
 */
public record CaseTimestamps(Instant receivedAt, Instant supplementNoticeDueAt, Instant supplementNoticeServedAt,
        Instant supplementDueAt, Instant supplementCompletedAt, Instant acceptedAt, AcceptanceBasis acceptanceBasis,
        Instant legalDueAt, Instant promisedDueAt, Instant decidedAt, Instant deliveredAt) {

    /** Checks that acceptance and its basis go together and nothing is accepted before it was received. */
    public CaseTimestamps {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if ((acceptedAt == null) != (acceptanceBasis == null)) {
            throw new IllegalArgumentException("acceptance time and basis go together");
        }
        if (acceptedAt != null && acceptedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("accepted before received");
        }
        if (acceptanceBasis == AcceptanceBasis.DEEMED && !acceptedAt.equals(receivedAt)) {
            throw new IllegalArgumentException("a deemed acceptance is dated at the receipt (Art. 32(4))");
        }
    }

    /** Returns a case just received, with its notice period ending at {@code supplementNoticeDueAt}. */
    public static CaseTimestamps received(Instant receivedAt, Instant supplementNoticeDueAt) {
        return new CaseTimestamps(receivedAt, supplementNoticeDueAt, null, null, null, null, null, null, null, null,
                null);
    }

    /** Returns true once the case was accepted (受理), on whatever basis. */
    public boolean accepted() {
        return acceptedAt != null;
    }
}
