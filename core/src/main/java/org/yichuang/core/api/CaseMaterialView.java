package org.yichuang.core.api;

import java.time.Instant;
import org.yichuang.core.intake.MaterialChannel;
import org.yichuang.core.intake.MaterialStatus;

/**
 * One line of a case's materials checklist (GB/T 39046 表5) as stored.
 *
 * @param receivedAt   收取时间; null while not received
 * @param supplemented true when it came in with a supplement rather than at intake
 */
public record CaseMaterialView(int position, String name, MaterialStatus status, MaterialChannel channel,
        boolean originalVerified, int originals, int copies, int pages, String problem, Instant receivedAt,
        boolean supplemented) {
}
